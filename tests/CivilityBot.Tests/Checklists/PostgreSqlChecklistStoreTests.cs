using CivilityBot.Checklists;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Checklists;

/// <summary>The store contract on PostgreSQL, plus what only a shared database shows: a save on one instance read on another.</summary>
public sealed class PostgreSqlChecklistStoreTests : ChecklistStoreContractTests, IClassFixture<PostgreSqlTestDatabase>
{
    private readonly PostgreSqlTestDatabase _db;
    private readonly PostgreSqlChecklistStore _store;

    public PostgreSqlChecklistStoreTests(PostgreSqlTestDatabase db)
    {
        _db = db;
        db.Truncate();
        _store = new PostgreSqlChecklistStore(db.Database);
    }

    protected override IChecklistStore Store => _store;

    [Fact]
    public void A_save_on_one_instance_is_read_at_once_on_another_that_had_the_states_cached()
    {
        var other = new PostgreSqlChecklistStore(_db.Database);
        Assert.Null(other.Find("12.1")); // loads (and caches) the empty state

        _store.Save(Save(SongWei, "act-1", Tick("12.1", 12, done: true, seen: 0)));

        Assert.True(other.Find("12.1")!.Done);
        Assert.True(other.Save(Save(SongWei, "act-1", Tick("12.1", 12, done: false, seen: 1))).Replayed);
    }

    [Fact]
    public void Concurrent_saves_from_two_instances_each_land_in_the_audit_once()
    {
        var other = new PostgreSqlChecklistStore(_db.Database);
        var saves = Enumerable.Range(0, 40).AsParallel().WithDegreeOfParallelism(8).Select(i =>
            (i % 2 == 0 ? _store : other).Save(Save(SongWei, $"act-{i}", Evidence($"12.{i}", 12, $"台账{i}", seen: 0)))).ToList();

        Assert.All(saves, result => Assert.Equal(1, result.AppliedCount));
        Assert.Equal(40, _store.AuditCount());
        Assert.Equal(40, other.All().Count);
    }
}
