using LiteDB;

namespace CivilityBot.Storage;

/// <summary>
/// The one embedded LiteDB database of the service (files: <see cref="Path"/> and its log file,
/// <see cref="DatabaseFiles.LogPathOf"/>). An existing file is checked before LiteDB opens it for writing, so a damaged
/// one is refused with <see cref="DamagedDatabaseException"/> and left byte-for-byte as it was.
/// </summary>
public sealed class BotDatabase : IDisposable
{
    private readonly LiteDatabase _database;

    /// <exception cref="DamagedDatabaseException">The file (or only its log file) exists and is not a valid database.</exception>
    public BotDatabase(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        DatabaseFileCheck.ThrowIfDamaged(fullPath);
        var directory = System.IO.Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        // A mapper per database: BsonMapper.Global builds type maps lazily and races when two threads meet a type first.
        _database = new LiteDatabase(
            new ConnectionString { Filename = fullPath, Connection = ConnectionType.Direct },
            new BsonMapper());
        Path = path;
        FullPath = fullPath;
    }

    public string Path { get; }

    /// <summary>The database file's absolute path.</summary>
    public string FullPath { get; }

    public ILiteCollection<T> Collection<T>(string name) => _database.GetCollection<T>(name);

    /// <summary>Runs <paramref name="work"/> in one LiteDB transaction so multi-document changes land together.</summary>
    public T InTransaction<T>(Func<T> work)
    {
        _database.BeginTrans();
        try
        {
            var result = work();
            _database.Commit();
            return result;
        }
        catch
        {
            _database.Rollback();
            throw;
        }
    }

    /// <summary>
    /// Writes a consistent copy of the database to <paramref name="target"/> (a new file; one file, no log file) while
    /// the bot keeps running. LiteDB writes the main file only at a checkpoint, and a checkpoint waits for every open
    /// transaction; so after a checkpoint, and inside a read transaction, the main file holds every committed write
    /// and cannot change while it is copied (later writes go to the log file). The copy is then checked like a
    /// start-up file before it is given its name. Runs synchronously: LiteDB transactions belong to a thread.
    /// </summary>
    /// <exception cref="IOException"><paramref name="target"/> exists, or the copy failed.</exception>
    /// <exception cref="DamagedDatabaseException">The copy does not read back as a valid database (nothing is kept).</exception>
    public void BackupTo(string target)
    {
        var fullTarget = System.IO.Path.GetFullPath(target);
        if (File.Exists(fullTarget))
        {
            throw new IOException($"The backup file {fullTarget} already exists; choose another name.");
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullTarget)!);
        var partial = fullTarget + ".partial";
        File.Delete(partial);
        CopyCheckpointed(partial);
        try
        {
            DatabaseFileCheck.ThrowIfDamaged(partial);
            File.Move(partial, fullTarget);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private void CopyCheckpointed(string partial)
    {
        _database.Checkpoint();
        _database.BeginTrans();
        try
        {
            DatabaseFileCheck.CopyShared(FullPath, partial);
        }
        finally
        {
            _database.Rollback();
        }
    }

    public void Dispose() => _database.Dispose();
}
