namespace CivilityBot.Evidence;

/// <summary>What the caller knows of a staged file when it is added: where it goes, its checked name and type, and who.</summary>
public sealed record EvidenceFileInfo(
    string SubCriterionId, string OriginalName, EvidenceType Type, string OwnerName, string UploadedBy, DateTimeOffset UploadedAt);
