namespace CivilityBot.Checklists;

/// <summary>
/// The current state of one sub-criterion. Each field has its own revision, so two people editing different
/// fields of the same item from the same card both land, while a stale edit of the same field is refused.
/// </summary>
public sealed record ChecklistItemState
{
    /// <summary>The sub-criterion id ("16.1"), the LiteDB id.</summary>
    public required string Id { get; init; }

    public int IndicatorNumber { get; init; }

    public bool Done { get; init; }

    /// <summary>An evidence note or link; null when none was given.</summary>
    public string? Evidence { get; init; }

    public int DoneRevision { get; init; }

    public int EvidenceRevision { get; init; }

    public string? ChangedByName { get; init; }

    public string? ChangedByAadObjectId { get; init; }

    public DateTimeOffset? ChangedAt { get; init; }

    /// <summary>The state of an item nobody has touched yet.</summary>
    public static ChecklistItemState Untouched(string subCriterionId, int indicatorNumber) =>
        new() { Id = subCriterionId, IndicatorNumber = indicatorNumber };
}
