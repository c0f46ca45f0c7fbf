namespace CivilityBot.Evidence;

/// <summary>
/// One incoming file after the checks: staged with its recognised type, or refused with a Chinese reason (then nothing
/// is staged). Disposing it drops a staged file that was not added.
/// </summary>
public sealed record EvidenceCheck(string Name, StagedEvidence? Staged, EvidenceType? Type, string? Refusal) : IDisposable
{
    public bool IsAccepted => Refusal is null;

    /// <summary>True when the refusal is for size (answered 413 rather than 400).</summary>
    public bool IsTooLarge { get; init; }

    public static EvidenceCheck Refused(string name, string refusal, bool tooLarge = false) => new(name, null, null, refusal) { IsTooLarge = tooLarge };

    public void Dispose() => Staged?.Dispose();
}
