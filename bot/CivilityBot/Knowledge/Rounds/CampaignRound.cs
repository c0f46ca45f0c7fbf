namespace CivilityBot.Knowledge.Rounds;

/// <summary>
/// One re-inspection round as stored: its number (1 = the campaign file), label ("2026年"), how and when (UTC) it began
/// and who began it, the plan it began with (campaign JSON; null for round 1, whose plan is the campaign file) and how
/// many plan corrections were stored before it (corrections with a higher id belong to it). Once the next round starts
/// it is archived: read-only, with the plan as it stood then (corrections applied).
/// </summary>
public sealed record CampaignRound
{
    public int Id { get; init; }

    public string Label { get; init; } = string.Empty;

    public RoundOrigin Origin { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public string StartedBy { get; init; } = string.Empty;

    /// <summary>The plan the round began with, as campaign JSON; null for round 1 (the campaign file is its plan).</summary>
    public string? PlanJson { get; init; }

    /// <summary>Plan corrections stored before the round began; the round's own corrections have higher ids.</summary>
    public int ChangesBefore { get; init; }

    public DateTimeOffset? ArchivedAt { get; init; }

    public string? ArchivedBy { get; init; }

    /// <summary>The plan as it stood when the round was archived (its corrections applied), as campaign JSON.</summary>
    public string? ArchivedPlanJson { get; init; }

    /// <summary>Plan corrections stored up to the archiving: this round's are ids ChangesBefore+1 … ChangesAfter.</summary>
    public int? ChangesAfter { get; init; }

    public bool IsArchived => ArchivedAt is not null;

    /// <summary>The implicit first round: the campaign file, never started by anyone.</summary>
    public static CampaignRound First(Campaign seed) => new() { Id = 1, Label = RoundLabels.Of(seed), Origin = RoundOrigin.Seed };
}
