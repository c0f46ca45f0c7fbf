namespace CivilityBot.Checklists;

/// <summary>One applied change of one sub-criterion; rows are only ever appended.</summary>
public sealed record ChecklistAuditEntry
{
    /// <summary>Assigned by the store, increasing in the order the changes were applied.</summary>
    public int Id { get; init; }

    public required string SubCriterionId { get; init; }

    public int IndicatorNumber { get; init; }

    public required string ActorName { get; init; }

    public string? ActorAadObjectId { get; init; }

    public DateTimeOffset At { get; init; }

    public bool OldDone { get; init; }

    public bool NewDone { get; init; }

    public string? OldEvidence { get; init; }

    public string? NewEvidence { get; init; }

    /// <summary>Where the change came from: <see cref="ChangeSources"/>.</summary>
    public required string Source { get; init; }

    /// <summary>The Teams activity that carried the change, so a replay can be recognised.</summary>
    public string? ActivityId { get; init; }
}
