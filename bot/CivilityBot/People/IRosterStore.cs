namespace CivilityBot.People;

/// <summary>
/// The imported staff list, its import previews and its audit. Applying a preview replaces the whole list and writes
/// its audit rows in one transaction; nothing changes before.
/// </summary>
public interface IRosterStore
{
    /// <summary>The current list, by name.</summary>
    IReadOnlyList<RosterEntry> Entries();

    /// <summary>How many imports have been applied (0 before the first).</summary>
    int Version();

    /// <summary>Stores a new preview (state <see cref="RosterImportState.Draft"/>).</summary>
    void SaveDraft(RosterImportDraft draft);

    RosterImportDraft? FindDraft(string id);

    /// <summary>
    /// Makes the draft's list current if it is still a draft and the list is still at its base version; audited as
    /// <paramref name="by"/> at <paramref name="at"/>.
    /// </summary>
    RosterApplyOutcome Apply(string draftId, string by, DateTimeOffset at);

    /// <summary>Cancels a draft; false when it is unknown or decided already.</summary>
    bool Cancel(string draftId, string by, DateTimeOffset at);

    /// <summary>The import audit, oldest first (actions <see cref="PeopleAuditActions.RosterAdd"/>, …Change, …Remove).</summary>
    IReadOnlyList<PeopleAuditEntry> Audit();
}
