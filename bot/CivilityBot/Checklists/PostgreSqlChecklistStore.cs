using System.Data;
using CivilityBot.Storage;
using CivilityBot.Storage.PostgreSql;
using Dapper;
using Npgsql;

namespace CivilityBot.Checklists;

/// <summary>
/// The checklist state and audit of one campaign round on PostgreSQL (rows of <c>checklist_states</c> and
/// <c>checklist_audit</c> with this <c>round_id</c>; records as jsonb), shared by every instance.
/// <para>
/// A save is one transaction in three round trips. The first bumps the round's version (<see cref="StoreNames.ChecklistsOf"/>),
/// which row-locks it until commit, so saves from all instances are applied one after another, and in the same batch
/// reads the stored (never a cached) states of the changed items and whether the activity was already audited. The
/// second writes the changed states, each tagged with the new version, and their audit rows; the third commits. A save
/// that changes nothing is rolled back, leaving the version as it was. An activity id is audited at most once per round.
/// </para>
/// <para>
/// Reads come from an in-memory copy of the round's states tagged with the version it holds every change up to. When
/// the version moved (a save on any instance), only the rows written after the tag are read and patched in, so a save
/// on one instance is seen by the next read on any other at the cost of the rows it changed.
/// </para>
/// </summary>
/// <param name="roundId">The campaign round (1, 2, …); rows written before rounds existed are round 1's.</param>
public sealed class PostgreSqlChecklistStore(PostgreSqlDatabase database, IStoreVersions? versions = null, int roundId = 1) : IChecklistStore
{
    private readonly IStoreVersions _versions = versions ?? new PostgreSqlStoreVersions(database);
    private readonly string _versionName = StoreNames.ChecklistsOf(roundId);
    private readonly Lock _gate = new();
    private Dictionary<string, ChecklistItemState> _current = new(StringComparer.Ordinal);

    /// <summary>The copy holds every change up to this version (and maybe some later ones); -1 before the first read.</summary>
    private long _loadedVersion = -1;

    /// <summary>Counts this instance's own saves patched into the copy, so a read that raced with one does not replace it.</summary>
    private long _generation;

    public IReadOnlyDictionary<string, ChecklistItemState> All() => Fresh();

    public ChecklistItemState? Find(string subCriterionId) => Fresh().GetValueOrDefault(subCriterionId);

    public ChecklistSaveResult Save(ChecklistSave save)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted);
        var (version, stored, replayed) = Lock(connection, save);
        if (replayed)
        {
            return new ChecklistSaveResult([.. save.Changes.Select(change => Unchanged(stored, change))], Replayed: true);
        }

        var outcomes = new List<ChecklistChangeOutcome>(save.Changes.Count);
        using var writes = new NpgsqlBatch(connection);
        foreach (var change in save.Changes)
        {
            var (outcome, audit) = ChecklistMerge.Apply(stored.GetValueOrDefault(change.SubCriterionId), change, save);
            if (audit is not null)
            {
                stored[outcome.State.Id] = outcome.State;
                writes.BatchCommands.Add(Command(
                    "INSERT INTO checklist_states (round_id, id, doc, version) VALUES ($1, $2, $3::jsonb, $4) "
                    + "ON CONFLICT (round_id, id) DO UPDATE SET doc = excluded.doc, version = excluded.version",
                    roundId, outcome.State.Id, JsonDocuments.Write(outcome.State), version));
                writes.BatchCommands.Add(Command(
                    "INSERT INTO checklist_audit (round_id, activity_id, doc) VALUES ($1, $2, $3::jsonb)",
                    roundId, (object?)audit.ActivityId ?? DBNull.Value, JsonDocuments.Write(audit)));
            }

            outcomes.Add(outcome);
        }

        if (writes.BatchCommands.Count == 0)
        {
            transaction.Rollback(); // nothing changed: the version bump is undone
            return new ChecklistSaveResult(outcomes, Replayed: false);
        }

        writes.ExecuteNonQuery();
        transaction.Commit();
        Remember(version, [.. outcomes.Where(outcome => outcome.Applied)]);
        return new ChecklistSaveResult(outcomes, Replayed: false);
    }

    public IReadOnlyList<ChecklistAuditEntry> Audit()
    {
        using var connection = database.Open();
        return [.. connection.Query<(long Id, string Doc)>("SELECT id, doc::text FROM checklist_audit WHERE round_id = @roundId ORDER BY id", new { roundId })
            .Select(row => JsonDocuments.Read<ChecklistAuditEntry>(row.Doc) with { Id = (int)row.Id })];
    }

    public int AuditCount()
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<int>("SELECT count(*)::int FROM checklist_audit WHERE round_id = @roundId", new { roundId });
    }

    /// <summary>
    /// One round trip: bumps the round's version (its row lock serialises the saves of every instance until commit),
    /// then reads the stored states of the changed items and whether <see cref="ChecklistSave.ActivityId"/> was audited.
    /// </summary>
    private (long Version, Dictionary<string, ChecklistItemState> Stored, bool Replayed) Lock(NpgsqlConnection connection, ChecklistSave save)
    {
        using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Command("INSERT INTO store_versions (name, version) VALUES ($1, 1) "
                    + "ON CONFLICT (name) DO UPDATE SET version = store_versions.version + 1 RETURNING version", _versionName),
                Command("SELECT doc::text FROM checklist_states WHERE round_id = $1 AND id = ANY($2)",
                    roundId, save.Changes.Select(change => change.SubCriterionId).Distinct().ToArray()),
                Command("SELECT EXISTS (SELECT 1 FROM checklist_audit WHERE round_id = $1 AND activity_id = $2)",
                    roundId, string.IsNullOrEmpty(save.ActivityId) ? DBNull.Value : save.ActivityId),
            },
        };
        using var reader = batch.ExecuteReader();
        reader.Read();
        var version = reader.GetInt64(0);
        reader.NextResult();
        var stored = new Dictionary<string, ChecklistItemState>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var state = JsonDocuments.Read<ChecklistItemState>(reader.GetString(0));
            stored[state.Id] = state;
        }

        reader.NextResult();
        reader.Read();
        return (version, stored, reader.GetBoolean(0));
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    private static ChecklistChangeOutcome Unchanged(Dictionary<string, ChecklistItemState> stored, ChecklistChange change) => new(
        stored.GetValueOrDefault(change.SubCriterionId) ?? ChecklistItemState.Untouched(change.SubCriterionId, change.IndicatorNumber),
        Applied: false, DoneConflict: false, EvidenceConflict: false);

    /// <summary>The states as of the current version: the copy, patched with the rows saved since its tag.</summary>
    private Dictionary<string, ChecklistItemState> Fresh()
    {
        var version = _versions.Current(_versionName);
        Dictionary<string, ChecklistItemState> copy;
        long tag, generation;
        lock (_gate)
        {
            if (version <= _loadedVersion)
            {
                return _current;
            }

            (copy, tag, generation) = (_current, _loadedVersion, _generation);
        }

        using var connection = database.Open();
        var next = new Dictionary<string, ChecklistItemState>(copy, StringComparer.Ordinal);
        foreach (var state in connection.Query<string>(
                     "SELECT doc::text FROM checklist_states WHERE round_id = @roundId AND version > @tag", new { roundId, tag })
                     .Select(JsonDocuments.Read<ChecklistItemState>))
        {
            next[state.Id] = state;
        }

        lock (_gate)
        {
            // Rows committed up to `version` are all in `next`; keep it unless a newer copy or an own save came first.
            if (generation == _generation && version > _loadedVersion)
            {
                (_current, _loadedVersion) = (next, version);
            }
        }

        return next;
    }

    /// <summary>
    /// After this instance's own save: patches the copy, so the rest of the turn (whose pinned version predates the save)
    /// sees it; the tag moves only when nobody else saved in between, else the next read fetches what it missed.
    /// </summary>
    private void Remember(long version, List<ChecklistChangeOutcome> applied)
    {
        lock (_gate)
        {
            var next = new Dictionary<string, ChecklistItemState>(_current, StringComparer.Ordinal);
            applied.ForEach(outcome => next[outcome.State.Id] = outcome.State);
            _current = next;
            _generation++;
            if (version == _loadedVersion + 1)
            {
                _loadedVersion = version;
            }
        }
    }
}
