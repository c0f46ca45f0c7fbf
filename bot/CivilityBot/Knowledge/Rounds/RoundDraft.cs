namespace CivilityBot.Knowledge.Rounds;

/// <summary>
/// A new round previewed but not started: the proposed plan (campaign JSON), its label, who made it and when (UTC), and
/// the plan version the preview was made on, so a stale or twice-pressed preview never starts a round.
/// </summary>
public sealed record RoundDraft
{
    /// <summary>Assigned by the store (1, 2, …).</summary>
    public int Id { get; init; }

    public RoundOrigin Origin { get; init; }

    public string Label { get; init; } = string.Empty;

    public string PlanJson { get; init; } = string.Empty;

    public string CreatedBy { get; init; } = string.Empty;

    public DateTimeOffset CreatedAt { get; init; }

    public int PlanVersion { get; init; }
}
