using System.Security.Cryptography;
using CivilityBot.Storage;
using LiteDB;

namespace CivilityBot.Tests.Storage;

/// <summary>A database file in a folder of its own, damaged one way, with its bytes fingerprinted.</summary>
internal sealed class DamagedDatabaseFile : IDisposable
{
    private DamagedDatabaseFile(string kind)
    {
        Folder = Directory.CreateTempSubdirectory("civilitybot-damaged-").FullName;
        Path = System.IO.Path.Combine(Folder, "civilitybot.db");
        Kind = kind;
    }

    public string Kind { get; }

    public string Folder { get; }

    public string Path { get; }

    public string LogPath => DatabaseFiles.LogPathOf(Path);

    public static IEnumerable<string> Kinds =>
        ["empty", "one byte", "half a page", "truncated mid-page", "truncated at a page boundary", "random bytes",
            "random whole pages", "another file type", "valid header, corrupt pages", "log file without database"];

    /// <summary>Fingerprint of every file in the folder (name and SHA-256), to prove nothing changed.</summary>
    public IReadOnlyDictionary<string, string> Fingerprint() =>
        Directory.GetFiles(Folder).ToDictionary(f => System.IO.Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    public static DamagedDatabaseFile Create(string kind)
    {
        var file = new DamagedDatabaseFile(kind);
        var valid = ValidDatabaseBytes();
        var random = new Random(kind.Length);
        switch (kind)
        {
            case "empty": File.WriteAllBytes(file.Path, []); break;
            case "one byte": File.WriteAllBytes(file.Path, [0x2A]); break;
            case "half a page": File.WriteAllBytes(file.Path, valid[..4096]); break;
            case "truncated mid-page": File.WriteAllBytes(file.Path, valid[..(valid.Length - 1000)]); break;
            case "truncated at a page boundary": File.WriteAllBytes(file.Path, valid[..(valid.Length / 8192 / 2 * 8192)]); break;
            case "random bytes": File.WriteAllBytes(file.Path, RandomBytes(random, 50_000)); break;
            case "random whole pages": File.WriteAllBytes(file.Path, RandomBytes(random, 8192 * 6)); break;
            case "another file type": File.WriteAllText(file.Path, "{\"campaign\": \"not a database\"}\n"); break;
            case "valid header, corrupt pages": File.WriteAllBytes(file.Path, CorruptPages(valid, random)); break;
            case "log file without database": File.WriteAllBytes(file.LogPath, valid[..8192]); break;
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }

        return file;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    // Every page after the header keeps its place but has its content overwritten.
    private static byte[] CorruptPages(byte[] valid, Random random)
    {
        var bytes = (byte[])valid.Clone();
        random.NextBytes(bytes.AsSpan(8192));
        return bytes;
    }

    private static byte[] ValidDatabaseBytes()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"civilitybot-valid-{Guid.NewGuid():N}.db");
        try
        {
            using (var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }))
            {
                var things = database.GetCollection("things");
                for (var i = 0; i < 500; i++)
                {
                    things.Insert(new BsonDocument { ["_id"] = i, ["name"] = "清单 " + i + new string('x', 200) });
                }

                things.EnsureIndex("name");
            }

            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
