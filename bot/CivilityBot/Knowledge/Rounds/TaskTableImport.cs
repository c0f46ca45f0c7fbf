namespace CivilityBot.Knowledge.Rounds;

/// <summary>
/// The outcome of reading a task breakdown table (任务分解表): the validation report and, unless it has errors, the
/// proposed campaign. Nothing is applied by reading; a coordinator previews <see cref="Proposed"/> and confirms.
/// </summary>
public sealed record TaskTableImport(Campaign? Proposed, IReadOnlyList<ImportFinding> Findings)
{
    /// <summary>True when a campaign could be built and no finding is an error.</summary>
    public bool CanApply => Proposed is not null && Findings.All(finding => finding.Severity != ImportSeverity.Error);

    public static TaskTableImport Failed(params ImportFinding[] findings) => new(null, findings);
}
