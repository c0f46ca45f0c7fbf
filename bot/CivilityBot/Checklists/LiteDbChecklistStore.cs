using CivilityBot.Storage;
using LiteDB;

namespace CivilityBot.Checklists;

/// <summary>
/// Checklist state and audit in the service's LiteDB file; every save is one transaction. LiteDB reads from a snapshot
/// and only locks a collection at the first write, so two concurrent read-modify-write saves of the same item would lose
/// one of them: saves are serialised in-process (the service is the only writer of its file). For the same reason the
/// current states (one small document per sub-criterion) are kept in memory and replaced after each commit, so cards
/// and progress never deserialize them again.
/// </summary>
public sealed class LiteDbChecklistStore : IChecklistStore
{
    public const string StatesCollection = "checklist_states";
    public const string AuditCollection = "checklist_audit";

    private readonly BotDatabase _database;
    private readonly Lock _saveGate = new();
    private readonly ILiteCollection<ChecklistItemState> _states;
    private readonly ILiteCollection<ChecklistAuditEntry> _audit;
    private volatile Dictionary<string, ChecklistItemState> _current;

    public LiteDbChecklistStore(BotDatabase database)
        : this(database, StatesCollection, AuditCollection)
    {
    }

    /// <summary>A store over other collections: a later campaign round keeps its checklists apart ("checklist_states_r2").</summary>
    public LiteDbChecklistStore(BotDatabase database, string statesCollection, string auditCollection)
    {
        _database = database;
        _states = database.Collection<ChecklistItemState>(statesCollection);
        _audit = database.Collection<ChecklistAuditEntry>(auditCollection);
        _audit.EnsureIndex(entry => entry.ActivityId);
        _current = _states.FindAll().ToDictionary(state => state.Id, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, ChecklistItemState> All() => _current;

    public ChecklistItemState? Find(string subCriterionId) => _current.GetValueOrDefault(subCriterionId);

    public ChecklistSaveResult Save(ChecklistSave save)
    {
        lock (_saveGate)
        {
            var result = _database.InTransaction(() => Apply(save));
            var applied = result.Outcomes.Where(outcome => outcome.Applied).ToList();
            if (applied.Count > 0)
            {
                var next = new Dictionary<string, ChecklistItemState>(_current, StringComparer.Ordinal);
                applied.ForEach(outcome => next[outcome.State.Id] = outcome.State);
                _current = next;
            }

            return result;
        }
    }

    public IReadOnlyList<ChecklistAuditEntry> Audit() => _audit.Query().OrderBy(entry => entry.Id).ToList();

    public int AuditCount() => _audit.Count();

    private ChecklistSaveResult Apply(ChecklistSave save)
    {
        if (save.ActivityId is { Length: > 0 } activityId && _audit.Exists(entry => entry.ActivityId == activityId))
        {
            return new ChecklistSaveResult([.. save.Changes.Select(Current)], Replayed: true);
        }

        var outcomes = new List<ChecklistChangeOutcome>(save.Changes.Count);
        foreach (var change in save.Changes)
        {
            var (outcome, audit) = ChecklistMerge.Apply(_current.GetValueOrDefault(change.SubCriterionId), change, save);
            if (audit is not null)
            {
                _states.Upsert(outcome.State);
                _audit.Insert(audit);
            }

            outcomes.Add(outcome);
        }

        return new ChecklistSaveResult(outcomes, Replayed: false);
    }

    private ChecklistChangeOutcome Current(ChecklistChange change) => new(
        _current.GetValueOrDefault(change.SubCriterionId) ?? ChecklistItemState.Untouched(change.SubCriterionId, change.IndicatorNumber),
        Applied: false, DoneConflict: false, EvidenceConflict: false);
}
