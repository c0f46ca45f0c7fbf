namespace CivilityBot.Checklists;

/// <summary>Which sub-criteria (ids) have complete evidence and which have accepted evidence, as of one read.</summary>
public sealed record EvidenceProgress(IReadOnlySet<string> Complete, IReadOnlySet<string> Accepted);
