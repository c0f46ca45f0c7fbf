using CivilityBot.Checklists;
using CivilityBot.Storage.PostgreSql;
using CivilityBot.Tests.Storage;
using Dapper;

namespace CivilityBot.Tests.Checklists;

/// <summary>
/// The per-round checklist stores contract on PostgreSQL (rows told apart by round_id), plus what only a shared database
/// shows: a save in a later round on one instance is read at once on another that had that round cached, and rows
/// written before rounds existed (no round_id) are round 1's.
/// </summary>
public sealed class PostgreSqlRoundChecklistStoresTests : RoundChecklistStoresContractTests, IClassFixture<PostgreSqlTestDatabase>
{
    private readonly PostgreSqlTestDatabase _db;

    public PostgreSqlRoundChecklistStoresTests(PostgreSqlTestDatabase db)
    {
        _db = db;
        db.Truncate();
    }

    protected override IRoundChecklistStores Open() => new PostgreSqlRoundChecklistStores(_db.Database, new PostgreSqlStoreVersions(_db.Database));

    [Fact]
    public void A_save_in_round_2_on_one_instance_is_read_at_once_on_another_that_had_round_2_cached()
    {
        var first = Open();
        var second = Open();
        Assert.Null(second.For(2).Find("12.1"));

        first.For(2).Save(new ChecklistSave([new ChecklistChange("12.1", 12) { Done = true }], new ChecklistActor("宋伟", "aad-song"), ChangeSources.Card, "act-9", DateTimeOffset.UnixEpoch));

        Assert.True(second.For(2).Find("12.1")!.Done);
        Assert.Null(second.For(1).Find("12.1"));
    }

    [Fact]
    public void Rows_stored_without_a_round_are_round_1s()
    {
        using (var connection = _db.Database.Open())
        {
            connection.Execute("INSERT INTO checklist_states (id, doc) VALUES ('12.1', '{\"Id\":\"12.1\",\"IndicatorNumber\":12,\"Done\":true}'::jsonb)");
        }

        Assert.True(Open().For(1).Find("12.1")!.Done);
        Assert.Null(Open().For(2).Find("12.1"));
    }
}
