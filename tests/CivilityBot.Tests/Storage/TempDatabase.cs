using CivilityBot.Storage;

namespace CivilityBot.Tests.Storage;

/// <summary>A LiteDB file of its own for one test, deleted afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"civilitybot-unit-{Guid.NewGuid():N}.db");
        Database = new BotDatabase(Path);
    }

    public string Path { get; }

    public BotDatabase Database { get; }

    public void Dispose()
    {
        Database.Dispose();
        File.Delete(Path);
    }
}
