namespace CivilityBot.Evidence;

/// <summary>
/// A file type recognised from its bytes: a short name ("jpeg"), its media type, what it counts as, and the file-name
/// extensions (lower case, no dot) that may carry it.
/// </summary>
public sealed record EvidenceType(string Name, string MediaType, EvidenceKind Kind, IReadOnlyList<string> Extensions);
