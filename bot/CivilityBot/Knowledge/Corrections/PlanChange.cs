namespace CivilityBot.Knowledge.Corrections;

/// <summary>
/// A correction as stored and audited: who asked for it and when (UTC), the old and new values shown at confirmation,
/// and, once reverted, who reverted it and when. <see cref="Id"/> is assigned by the store (1, 2, …).
/// </summary>
public sealed record PlanChange
{
    public int Id { get; init; }

    public PlanCorrectionKind Kind { get; init; }

    public string Target { get; init; } = string.Empty;

    public string Value { get; init; } = string.Empty;

    public string Old { get; init; } = string.Empty;

    public string New { get; init; } = string.Empty;

    public string ActorName { get; init; } = string.Empty;

    public DateTimeOffset At { get; init; }

    public string? RevertedBy { get; init; }

    public DateTimeOffset? RevertedAt { get; init; }

    [LiteDB.BsonIgnore]
    public PlanCorrection Correction => new(Kind, Target, Value);
}
