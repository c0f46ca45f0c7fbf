using CivilityBot.Storage;
using CivilityBot.Storage.PostgreSql;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace CivilityBot.Checklists;

/// <summary>
/// The checklist state and audit of one campaign round on PostgreSQL (rows of <c>checklist_states</c> and
/// <c>checklist_audit</c> with this <c>round_id</c>; records as jsonb), shared by every instance.
/// <para>
/// A save is one round trip in the common case: the changes are merged against the in-memory copy, and the database
/// function <c>checklist_save</c> (migration 0004) checks, under the round's lock, that the stored revisions of the
/// save's items are still those of the copy and that the activity is not yet audited, then writes the changed states
/// (tagged with the round's new version, <see cref="StoreNames.ChecklistsOf"/>) and one audit row each, in one
/// transaction. When another instance changed one of the items first, it answers with the stored states and the save is
/// merged again against them, so every change is judged against the stored state. An activity id is audited at most
/// once per round; a save that changes nothing writes nothing and leaves the version as it was.
/// </para>
/// <para>
/// Reads come from the in-memory copy of the round's states, tagged with the version it holds every change up to. When
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
        var ids = save.Changes.Select(change => change.SubCriterionId).Distinct(StringComparer.Ordinal).ToArray();
        var cached = Fresh();
        var basis = ids.Where(cached.ContainsKey).ToDictionary(id => id, id => cached[id], StringComparer.Ordinal);
        while (true)
        {
            var (outcomes, audits) = Merge(basis, save);
            var (outcome, version, stored) = Call(ids, basis, outcomes, audits, save.ActivityId);
            switch (outcome)
            {
                case "replayed":
                    return new ChecklistSaveResult([.. save.Changes.Select(change => Unchanged(stored, change))], Replayed: true);
                case "stale":
                    basis = stored; // another instance changed one of these items since this copy was read: merge again
                    continue;
                case "saved":
                    Remember(version, [.. outcomes.Where(item => item.Applied)]);
                    break;
            }

            return new ChecklistSaveResult(outcomes, Replayed: false);
        }
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

    /// <summary>The changes merged against <paramref name="basis"/> (the states the save is judged by), in order, with the audit rows of those that apply.</summary>
    private static (List<ChecklistChangeOutcome> Outcomes, List<ChecklistAuditEntry> Audits) Merge(
        Dictionary<string, ChecklistItemState> basis, ChecklistSave save)
    {
        var states = new Dictionary<string, ChecklistItemState>(basis, StringComparer.Ordinal);
        var outcomes = new List<ChecklistChangeOutcome>(save.Changes.Count);
        var audits = new List<ChecklistAuditEntry>();
        foreach (var change in save.Changes)
        {
            var (outcome, audit) = ChecklistMerge.Apply(states.GetValueOrDefault(change.SubCriterionId), change, save);
            if (audit is not null)
            {
                states[outcome.State.Id] = outcome.State;
                audits.Add(audit);
            }

            outcomes.Add(outcome);
        }

        return (outcomes, audits);
    }

    /// <summary>
    /// One round trip to <c>checklist_save</c> (migration 0004), which checks the basis's revisions and the activity
    /// under the round's lock and writes the applied states and audit rows in one transaction: the outcome ("saved",
    /// "unchanged", "stale" or "replayed"), the new version when saved, and the stored states when stale or replayed.
    /// </summary>
    private (string Outcome, long Version, Dictionary<string, ChecklistItemState> Stored) Call(
        string[] ids, Dictionary<string, ChecklistItemState> basis, List<ChecklistChangeOutcome> outcomes,
        List<ChecklistAuditEntry> audits, string? activityId)
    {
        var applied = new Dictionary<string, ChecklistItemState>(StringComparer.Ordinal);
        foreach (var change in outcomes.Where(item => item.Applied))
        {
            applied[change.State.Id] = change.State; // two changes of one item in one save: its last state
        }

        using var connection = database.Open();
        using var command = new NpgsqlCommand(
            "SELECT outcome, version, doc::text FROM checklist_save($1, $2, $3, $4, $5, $6, $7, $8, $9)", connection)
        {
            Parameters =
            {
                new() { Value = roundId, NpgsqlDbType = NpgsqlDbType.Integer },
                new() { Value = _versionName, NpgsqlDbType = NpgsqlDbType.Text },
                new() { Value = string.IsNullOrEmpty(activityId) ? DBNull.Value : activityId, NpgsqlDbType = NpgsqlDbType.Text },
                new() { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                new() { Value = ids.Select(id => basis.GetValueOrDefault(id)?.DoneRevision ?? 0).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer },
                new() { Value = ids.Select(id => basis.GetValueOrDefault(id)?.EvidenceRevision ?? 0).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer },
                new() { Value = applied.Keys.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                new() { Value = applied.Values.Select(JsonDocuments.Write).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb },
                new() { Value = audits.Select(JsonDocuments.Write).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb },
            },
        };
        using var reader = command.ExecuteReader();
        reader.Read();
        var (outcome, version) = (reader.GetString(0), reader.GetInt64(1));
        var stored = new Dictionary<string, ChecklistItemState>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var state = JsonDocuments.Read<ChecklistItemState>(reader.GetString(2));
            stored[state.Id] = state;
        }

        return (outcome, version, stored);
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
