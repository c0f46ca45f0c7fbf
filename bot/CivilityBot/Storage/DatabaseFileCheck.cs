using System.Text;
using LiteDB;

namespace CivilityBot.Storage;

/// <summary>
/// Decides, without writing anything, whether an existing file is a usable LiteDB 5 database. First the bytes: whole
/// 8 KiB pages and the header page's signature <c>** This is a LiteDB file **</c> at offset 32 with file version 8 at
/// offset 59 (LiteDB 5 <c>Engine/Pages/HeaderPage.cs</c>). LiteDB itself must not see a file that fails this: opened
/// even read-only, it rewrites a file shorter than one page. Then every document of every collection is read, from
/// a private copy of the database and its log file, so LiteDB can touch nothing of the original.
/// </summary>
public static class DatabaseFileCheck
{
    /// <summary>LiteDB 5's page size in bytes.</summary>
    public const int PageSize = 8192;

    private const int SignatureOffset = 32;
    private const int VersionOffset = 59;
    private const byte FileVersion = 8;
    private static readonly byte[] Signature = Encoding.ASCII.GetBytes("** This is a LiteDB file **");

    /// <summary>
    /// Throws <see cref="DamagedDatabaseException"/> when <paramref name="databasePath"/> exists and is not a valid
    /// database, or when only its log file exists. A missing file passes (a new database will be created).
    /// </summary>
    public static void ThrowIfDamaged(string databasePath)
    {
        var full = Path.GetFullPath(databasePath);
        var (reason, exception) = Check(full);
        if (reason is not null)
        {
            throw new DamagedDatabaseException(full, reason, exception);
        }
    }

    /// <summary>Null when the file is usable (or absent with no log file); otherwise what is wrong.</summary>
    public static (string? Reason, Exception? Exception) Check(string databasePath)
    {
        var full = Path.GetFullPath(databasePath);
        if (!File.Exists(full))
        {
            return File.Exists(DatabaseFiles.LogPathOf(full))
                ? ("its log file exists but the database file itself is missing", null)
                : (null, null);
        }

        return CheckBytes(full) is { } reason ? (reason, null) : CheckPages(full);
    }

    private static string? CheckBytes(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (stream.Length == 0)
        {
            return "the file is empty (0 bytes)";
        }

        if (stream.Length % PageSize != 0)
        {
            return $"the file is truncated ({stream.Length} bytes is not a whole number of {PageSize}-byte pages)";
        }

        var header = new byte[VersionOffset + 1];
        stream.ReadExactly(header);
        if (!header.AsSpan(SignatureOffset, Signature.Length).SequenceEqual(Signature))
        {
            return "it does not start with a LiteDB header (the file was overwritten or is another kind of file)";
        }

        return header[VersionOffset] == FileVersion
            ? null
            : $"its LiteDB file version is {header[VersionOffset]}, this bot reads version {FileVersion} (LiteDB 5)";
    }

    private static (string? Reason, Exception? Exception) CheckPages(string path)
    {
        var scratch = Directory.CreateTempSubdirectory("civilitybot-check-");
        try
        {
            var copy = Path.Combine(scratch.FullName, Path.GetFileName(path));
            CopyShared(path, copy);
            if (File.Exists(DatabaseFiles.LogPathOf(path)))
            {
                CopyShared(DatabaseFiles.LogPathOf(path), DatabaseFiles.LogPathOf(copy));
            }

            ReadEverything(copy);
            return (null, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Damaged pages surface as LiteException, but also as casts, ranges or nulls deep inside LiteDB.
            return ($"its pages are damaged ({ex.Message})", ex);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static void ReadEverything(string path)
    {
        using var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
        foreach (var name in database.GetCollectionNames())
        {
            _ = database.GetCollection(name).FindAll().Count();
        }
    }

    /// <summary>Copies a file another process (the running bot's LiteDB) may hold open for writing.</summary>
    internal static void CopyShared(string source, string target)
    {
        using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        input.CopyTo(output);
        output.Flush(flushToDisk: true);
    }
}
