namespace CivilityBot.Knowledge.Corrections;

/// <summary>
/// A correction tried on a campaign: the corrected campaign and the old and new values as users read them, or a
/// Chinese <see cref="Problem"/> saying why it cannot apply (then nothing changes).
/// </summary>
public sealed record CorrectionResult(Campaign? Updated, string Old, string New, string? Problem)
{
    /// <summary>The change as stored (with its number) once <see cref="PlanState.Apply"/> applied it; null for a preview.</summary>
    public PlanChange? Change { get; init; }

    public static CorrectionResult Refused(string problem) => new(null, string.Empty, string.Empty, problem);
}
