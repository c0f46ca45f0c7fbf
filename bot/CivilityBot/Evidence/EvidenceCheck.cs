namespace CivilityBot.Evidence;

/// <summary>
/// One incoming file after the checks: staged with its recognised type, or refused with a Chinese reason (then nothing
/// is staged). Disposing it drops a staged file that was not added.
/// </summary>
public sealed record EvidenceCheck(string Name, StagedEvidence? Staged, EvidenceType? Type, string? Refusal) : IDisposable
{
    public bool IsAccepted => Refusal is null;

    public static EvidenceCheck Refused(string name, string refusal) => new(name, null, null, refusal);

    public void Dispose() => Staged?.Dispose();
}
