namespace CivilityBot.Checklists;

/// <summary>Current checklist state per sub-criterion plus the append-only audit log.</summary>
public interface IChecklistStore
{
    /// <summary>Stored states by sub-criterion id; untouched items are absent.</summary>
    IReadOnlyDictionary<string, ChecklistItemState> All();

    ChecklistItemState? Find(string subCriterionId);

    /// <summary>
    /// Applies the changes atomically: each field only when the user's revision is still current (else a conflict),
    /// one audit row per changed item, nothing for values that are already stored, nothing at all for a replay.
    /// </summary>
    ChecklistSaveResult Save(ChecklistSave save);

    /// <summary>The audit log in the order the changes were applied.</summary>
    IReadOnlyList<ChecklistAuditEntry> Audit();

    int AuditCount();
}
