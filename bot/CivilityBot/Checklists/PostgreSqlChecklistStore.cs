using CivilityBot.Storage;
using CivilityBot.Storage.PostgreSql;
using Dapper;
using Npgsql;

namespace CivilityBot.Checklists;

/// <summary>
/// The checklist state and audit of one campaign round on PostgreSQL (rows of <c>checklist_states</c> and
/// <c>checklist_audit</c> with this <c>round_id</c>; records as jsonb), shared by every instance. A save is one
/// transaction under a transaction-scoped advisory lock per round, so saves from all instances are applied one after
/// another against the stored (never a cached) state, and it bumps the round's version
/// (<see cref="StoreNames.ChecklistsOf"/>). Reads come from an in-memory copy of the round's states that is reloaded
/// whenever that version differs from the one it was loaded at: a save on one instance is seen by the next read on any
/// other. An activity id is audited at most once per round.
/// </summary>
/// <param name="roundId">The campaign round (1, 2, …); rows written before rounds existed are round 1's.</param>
public sealed class PostgreSqlChecklistStore(PostgreSqlDatabase database, IStoreVersions? versions = null, int roundId = 1) : IChecklistStore
{
    private readonly IStoreVersions _versions = versions ?? new PostgreSqlStoreVersions(database);
    private readonly string _versionName = StoreNames.ChecklistsOf(roundId);
    private readonly Lock _gate = new();
    private Dictionary<string, ChecklistItemState> _current = new(StringComparer.Ordinal);
    private long _loadedVersion = -1;

    public IReadOnlyDictionary<string, ChecklistItemState> All() => Fresh();

    public ChecklistItemState? Find(string subCriterionId) => Fresh().GetValueOrDefault(subCriterionId);

    public ChecklistSaveResult Save(ChecklistSave save)
    {
        var (result, version, applied) = database.InTransaction((connection, transaction) =>
        {
            connection.Execute("SELECT pg_advisory_xact_lock(hashtext('civilitybot.' || @name))", new { name = _versionName }, transaction);
            var result = Apply(connection, transaction, save);
            var applied = result.Outcomes.Where(outcome => outcome.Applied).ToList();
            var version = applied.Count > 0 ? StoreVersions.Bump(connection, transaction, _versionName) : 0;
            return (result, version, applied);
        });
        if (applied.Count > 0)
        {
            Remember(version, applied);
        }

        return result;
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

    private ChecklistSaveResult Apply(NpgsqlConnection connection, NpgsqlTransaction transaction, ChecklistSave save)
    {
        var stored = connection.Query<string>(
                "SELECT doc::text FROM checklist_states WHERE round_id = @roundId AND id = ANY(@ids)",
                new { roundId, ids = save.Changes.Select(change => change.SubCriterionId).Distinct().ToArray() }, transaction)
            .Select(JsonDocuments.Read<ChecklistItemState>)
            .ToDictionary(state => state.Id, StringComparer.Ordinal);
        if (save.ActivityId is { Length: > 0 } activityId && connection.ExecuteScalar<bool>(
                "SELECT EXISTS (SELECT 1 FROM checklist_audit WHERE round_id = @roundId AND activity_id = @activityId)", new { roundId, activityId }, transaction))
        {
            return new ChecklistSaveResult([.. save.Changes.Select(change => Unchanged(stored, change))], Replayed: true);
        }

        var outcomes = new List<ChecklistChangeOutcome>(save.Changes.Count);
        foreach (var change in save.Changes)
        {
            var (outcome, audit) = ChecklistMerge.Apply(stored.GetValueOrDefault(change.SubCriterionId), change, save);
            if (audit is not null)
            {
                stored[outcome.State.Id] = outcome.State;
                connection.Execute(
                    "INSERT INTO checklist_states (round_id, id, doc) VALUES (@roundId, @Id, @doc::jsonb) "
                    + "ON CONFLICT (round_id, id) DO UPDATE SET doc = excluded.doc",
                    new { roundId, outcome.State.Id, doc = JsonDocuments.Write(outcome.State) }, transaction);
                connection.Execute("INSERT INTO checklist_audit (round_id, activity_id, doc) VALUES (@roundId, @ActivityId, @doc::jsonb)",
                    new { roundId, audit.ActivityId, doc = JsonDocuments.Write(audit) }, transaction);
            }

            outcomes.Add(outcome);
        }

        return new ChecklistSaveResult(outcomes, Replayed: false);
    }

    private static ChecklistChangeOutcome Unchanged(Dictionary<string, ChecklistItemState> stored, ChecklistChange change) => new(
        stored.GetValueOrDefault(change.SubCriterionId) ?? ChecklistItemState.Untouched(change.SubCriterionId, change.IndicatorNumber),
        Applied: false, DoneConflict: false, EvidenceConflict: false);

    /// <summary>The states as of the stored version: reloaded when any instance saved since the last load.</summary>
    private Dictionary<string, ChecklistItemState> Fresh()
    {
        var version = _versions.Current(_versionName);
        lock (_gate)
        {
            if (version == _loadedVersion)
            {
                return _current;
            }
        }

        using var connection = database.Open();
        var states = connection.Query<string>("SELECT doc::text FROM checklist_states WHERE round_id = @roundId", new { roundId })
            .Select(JsonDocuments.Read<ChecklistItemState>)
            .ToDictionary(state => state.Id, StringComparer.Ordinal);
        lock (_gate)
        {
            (_current, _loadedVersion) = (states, version);
            return states;
        }
    }

    /// <summary>After this instance's own save: patch the copy when nobody else saved in between, else let the next read reload.</summary>
    private void Remember(long version, List<ChecklistChangeOutcome> applied)
    {
        lock (_gate)
        {
            if (version != _loadedVersion + 1)
            {
                return;
            }

            var next = new Dictionary<string, ChecklistItemState>(_current, StringComparer.Ordinal);
            applied.ForEach(outcome => next[outcome.State.Id] = outcome.State);
            (_current, _loadedVersion) = (next, version);
        }
    }
}
