using CivilityBot.Storage;
using CivilityBot.Storage.PostgreSql;
using Dapper;
using Npgsql;

namespace CivilityBot.Checklists;

/// <summary>
/// Checklist state and audit on PostgreSQL (tables <c>checklist_states</c>, <c>checklist_audit</c>; records as jsonb),
/// shared by every instance. A save is one transaction under a transaction-scoped advisory lock, so saves from all
/// instances are applied one after another against the stored (never a cached) state, and it bumps
/// <see cref="StoreNames.Checklists"/>. Reads come from an in-memory copy of the states that is reloaded whenever that
/// version differs from the one it was loaded at: a save on one instance is seen by the next read on any other.
/// </summary>
public sealed class PostgreSqlChecklistStore(PostgreSqlDatabase database, IStoreVersions? versions = null) : IChecklistStore
{
    private readonly IStoreVersions _versions = versions ?? new PostgreSqlStoreVersions(database);
    private readonly Lock _gate = new();
    private Dictionary<string, ChecklistItemState> _current = new(StringComparer.Ordinal);
    private long _loadedVersion = -1;

    public IReadOnlyDictionary<string, ChecklistItemState> All() => Fresh();

    public ChecklistItemState? Find(string subCriterionId) => Fresh().GetValueOrDefault(subCriterionId);

    public ChecklistSaveResult Save(ChecklistSave save)
    {
        var (result, version, applied) = database.InTransaction((connection, transaction) =>
        {
            connection.Execute("SELECT pg_advisory_xact_lock(hashtext('civilitybot.checklists'))", transaction: transaction);
            var result = Apply(connection, transaction, save);
            var applied = result.Outcomes.Where(outcome => outcome.Applied).ToList();
            var version = applied.Count > 0 ? StoreVersions.Bump(connection, transaction, StoreNames.Checklists) : 0;
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
        return [.. connection.Query<(long Id, string Doc)>("SELECT id, doc::text FROM checklist_audit ORDER BY id")
            .Select(row => JsonDocuments.Read<ChecklistAuditEntry>(row.Doc) with { Id = (int)row.Id })];
    }

    public int AuditCount()
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<int>("SELECT count(*)::int FROM checklist_audit");
    }

    private static ChecklistSaveResult Apply(NpgsqlConnection connection, NpgsqlTransaction transaction, ChecklistSave save)
    {
        var stored = connection.Query<string>(
                "SELECT doc::text FROM checklist_states WHERE id = ANY(@ids)",
                new { ids = save.Changes.Select(change => change.SubCriterionId).Distinct().ToArray() }, transaction)
            .Select(JsonDocuments.Read<ChecklistItemState>)
            .ToDictionary(state => state.Id, StringComparer.Ordinal);
        if (save.ActivityId is { Length: > 0 } activityId && connection.ExecuteScalar<bool>(
                "SELECT EXISTS (SELECT 1 FROM checklist_audit WHERE activity_id = @activityId)", new { activityId }, transaction))
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
                    "INSERT INTO checklist_states (id, doc) VALUES (@Id, @doc::jsonb) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc",
                    new { outcome.State.Id, doc = JsonDocuments.Write(outcome.State) }, transaction);
                connection.Execute("INSERT INTO checklist_audit (activity_id, doc) VALUES (@ActivityId, @doc::jsonb)",
                    new { audit.ActivityId, doc = JsonDocuments.Write(audit) }, transaction);
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
        var version = _versions.Current(StoreNames.Checklists);
        lock (_gate)
        {
            if (version == _loadedVersion)
            {
                return _current;
            }
        }

        using var connection = database.Open();
        var states = connection.Query<string>("SELECT doc::text FROM checklist_states")
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
