using LiteDB;

namespace CivilityBot.Storage;

/// <summary>The one embedded LiteDB database of the service; LiteDB serialises writers internally.</summary>
public sealed class BotDatabase : IDisposable
{
    private readonly LiteDatabase _database;

    public BotDatabase(string path)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        // A mapper per database: BsonMapper.Global builds type maps lazily and races when two threads meet a type first.
        _database = new LiteDatabase(
            new ConnectionString { Filename = path, Connection = ConnectionType.Direct },
            new BsonMapper());
        Path = path;
    }

    public string Path { get; }

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

    public void Dispose() => _database.Dispose();
}
