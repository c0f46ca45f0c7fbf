using CivilityBot.Checklists;
using CivilityBot.Storage;

namespace CivilityBot.Tests.Checklists;

/// <summary>The store contract against LiteDB on a temp file, plus what only a file can show: a restart.</summary>
public sealed class LiteDbChecklistStoreTests : ChecklistStoreContractTests, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"checklist-store-{Guid.NewGuid():N}.db");
    private BotDatabase _database;
    private LiteDbChecklistStore _store;

    public LiteDbChecklistStoreTests()
    {
        _database = new BotDatabase(_path);
        _store = new LiteDbChecklistStore(_database);
    }

    protected override IChecklistStore Store => _store;

    [Fact]
    public void State_and_audit_survive_closing_and_reopening_the_file()
    {
        _store.Save(Save(SongWei, "act-1", Tick("12.1", 12, done: true, seen: 0), Evidence("12.2", 12, "垃圾分类台账", seen: 0)));

        _database.Dispose();
        _database = new BotDatabase(_path);
        _store = new LiteDbChecklistStore(_database);

        Assert.True(_store.Find("12.1")!.Done);
        Assert.Equal("垃圾分类台账", _store.Find("12.2")!.Evidence);
        Assert.Equal(2, _store.AuditCount());
        Assert.True(_store.Save(Save(SongWei, "act-1", Tick("12.1", 12, done: false, seen: 1))).Replayed);
    }

    public void Dispose()
    {
        _database.Dispose();
        File.Delete(_path);
        File.Delete(Path.ChangeExtension(_path, null) + "-log.db");
    }
}
