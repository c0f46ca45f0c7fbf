using CivilityBot.Checklists;
using CivilityBot.Storage.PostgreSql;
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

    [Fact]
    public void A_copy_that_missed_several_saves_reads_only_their_rows_and_shows_each_item_as_last_saved()
    {
        var other = new PostgreSqlChecklistStore(_db.Database);
        _store.Save(Save(SongWei, "act-1", Tick("12.1", 12, done: true, seen: 0)));
        Assert.True(other.Find("12.1")!.Done);

        _store.Save(Save(SongWei, "act-2", Evidence("12.2", 12, "会议纪要", seen: 0)));
        _store.Save(Save(SongWei, "act-3", Tick("12.1", 12, done: false, seen: 1)));
        _store.Save(Save(GuoLifang, "act-4", Tick("13.1", 13, done: true, seen: 0)));

        Assert.False(other.Find("12.1")!.Done);
        Assert.Equal("会议纪要", other.Find("12.2")!.Evidence);
        Assert.True(other.Find("13.1")!.Done);
        Assert.Equal(3, other.All().Count);
    }

    [Fact]
    public void Within_a_pinned_turn_an_instance_sees_its_own_save_even_when_another_instance_saved_just_before()
    {
        var versions = new PostgreSqlStoreVersions(_db.Database);
        var mine = new PostgreSqlChecklistStore(_db.Database, versions);
        Assert.Empty(mine.All());

        using (versions.PinForTurn())
        {
            _store.Save(Save(GuoLifang, "act-other", Tick("13.1", 13, done: true, seen: 0))); // another instance, after the pin
            Assert.Equal(1, mine.Save(Save(SongWei, "act-mine", Tick("12.1", 12, done: true, seen: 0))).AppliedCount);

            Assert.True(mine.Find("12.1")!.Done); // the card this turn answers with shows the tick
        }

        Assert.True(mine.Find("13.1")!.Done); // the next turn also sees the other instance's save
        Assert.True(mine.Find("12.1")!.Done);
    }

    [Fact]
    public void A_save_that_changes_nothing_leaves_the_version_so_other_instances_keep_their_copy()
    {
        var versions = new PostgreSqlStoreVersions(_db.Database);
        _store.Save(Save(SongWei, "act-1", Tick("12.1", 12, done: true, seen: 0)));
        var before = versions.Current(CivilityBot.Storage.StoreNames.Checklists);

        Assert.Equal(0, _store.Save(Save(SongWei, "act-2", Tick("12.1", 12, done: true, seen: 1))).AppliedCount);
        Assert.True(_store.Save(Save(SongWei, "act-1", Tick("12.1", 12, done: false, seen: 1))).Replayed);

        Assert.Equal(before, versions.Current(CivilityBot.Storage.StoreNames.Checklists));
        Assert.Equal(1, _store.AuditCount());
    }

    [Fact]
    public void A_save_merged_against_a_copy_another_instance_made_stale_is_judged_again_against_the_stored_state()
    {
        var versions = new PostgreSqlStoreVersions(_db.Database);
        var mine = new PostgreSqlChecklistStore(_db.Database, versions);
        using var turn = versions.PinForTurn();
        Assert.Empty(mine.All()); // this instance's copy: 12.1 untouched

        _store.Save(Save(GuoLifang, "act-other", Tick("12.1", 12, done: true, seen: 0))); // another instance ticks it

        var evidence = mine.Save(Save(SongWei, "act-evidence", Evidence("12.1", 12, "照片已上传", seen: 0)));
        var untick = mine.Save(Save(SongWei, "act-untick", Tick("12.1", 12, done: false, seen: 0)));

        Assert.Equal(1, evidence.AppliedCount); // a different field: it lands beside the other instance's tick
        Assert.True(Assert.Single(untick.Conflicts).DoneConflict); // the same field, seen before the tick: refused
        var stored = _store.All()["12.1"];
        Assert.True(stored.Done);
        Assert.Equal("照片已上传", stored.Evidence);
        Assert.Equal(2, _store.AuditCount());
    }

    [Fact]
    public void During_a_rolling_upgrade_a_save_by_an_instance_of_the_previous_version_is_read_by_an_upgraded_one()
    {
        _store.Save(Save(SongWei, "act-1", Evidence("12.1", 12, "会议纪要", seen: 0)));
        Assert.Equal("会议纪要", _store.Find("12.1")!.Evidence);

        // The previous version's save (e0c3091): round advisory lock, upserts without the version column, then the bump.
        PreviousVersionSave(_store.Find("12.1")! with { Evidence = "旧实例写的", EvidenceRevision = 2 });
        PreviousVersionSave(ChecklistItemState.Untouched("13.1", 13) with { Done = true, DoneRevision = 1 });

        Assert.Equal("旧实例写的", _store.Find("12.1")!.Evidence);
        Assert.True(_store.Find("13.1")!.Done);
        Assert.Equal(1, _store.Save(Save(SongWei, "act-2", Evidence("12.1", 12, "新实例写的", seen: 2))).AppliedCount);
        Assert.Equal("新实例写的", new PostgreSqlChecklistStore(_db.Database).Find("12.1")!.Evidence);
    }

    private void PreviousVersionSave(ChecklistItemState state)
    {
        using var connection = _db.Database.Open();
        using var transaction = connection.BeginTransaction();
        using var command = new Npgsql.NpgsqlCommand(
            "SELECT pg_advisory_xact_lock(hashtext('civilitybot.' || 'checklists'));"
            + "INSERT INTO checklist_states (round_id, id, doc) VALUES (1, @id, @doc::jsonb) ON CONFLICT (round_id, id) DO UPDATE SET doc = excluded.doc;",
            connection, transaction);
        command.Parameters.AddWithValue("id", state.Id);
        command.Parameters.AddWithValue("doc", JsonDocuments.Write(state));
        command.ExecuteNonQuery();
        CivilityBot.Storage.PostgreSql.StoreVersions.Bump(connection, transaction, CivilityBot.Storage.StoreNames.Checklists);
        transaction.Commit();
    }
}
