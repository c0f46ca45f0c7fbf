namespace CivilityBot.Checklists;

/// <summary>
/// What a user changed on one sub-criterion, with the revisions their card showed. Fields the user left alone
/// are null and are never written, so a stale card cannot overwrite someone else's newer value.
/// </summary>
public sealed record ChecklistChange(string SubCriterionId, int IndicatorNumber)
{
    /// <summary>The new done state, or null when the user did not change it.</summary>
    public bool? Done { get; init; }

    public int DoneRevision { get; init; }

    /// <summary>The new evidence ("" clears it), or null when the user did not change it.</summary>
    public string? Evidence { get; init; }

    public int EvidenceRevision { get; init; }

    public bool IsEmpty => Done is null && Evidence is null;
}
