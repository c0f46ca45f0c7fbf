namespace CivilityBot.Evidence;

/// <summary>
/// One file given as evidence for one sub-criterion. The bytes are kept once per <see cref="Sha256"/>; two uploads of
/// the same content are two records sharing one stored file.
/// </summary>
public sealed record EvidenceFile
{
    /// <summary>Random id (32 hex digits), the LiteDB id.</summary>
    public required string Id { get; init; }

    /// <summary>The sub-criterion ("16.1").</summary>
    public required string SubCriterionId { get; init; }

    /// <summary>SHA-256 of the content, lower-case hex; names the stored file.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The name the uploader's device gave, without any folder.</summary>
    public required string OriginalName { get; init; }

    /// <summary>Size in bytes.</summary>
    public long Size { get; init; }

    /// <summary>The type recognised from the bytes (<see cref="EvidenceType.Name"/>, such as "jpeg").</summary>
    public required string TypeName { get; init; }

    public required string MediaType { get; init; }

    public EvidenceKind Kind { get; init; }

    /// <summary>The roster name of the person responsible for the sub-criterion when the file came in.</summary>
    public required string OwnerName { get; init; }

    /// <summary>The roster name of whoever uploaded it.</summary>
    public required string UploadedBy { get; init; }

    public DateTimeOffset UploadedAt { get; init; }

    /// <summary>The id of the upload's audit line: orders files uploaded in the same instant as they arrived.</summary>
    public int Number { get; init; }

    /// <summary>When the file was taken off the sub-criterion; the record and the bytes stay for the audit trail.</summary>
    public DateTimeOffset? RemovedAt { get; init; }

    public string? RemovedBy { get; init; }

    public bool IsRemoved => RemovedAt is not null;

    /// <summary>
    /// The record of a new upload of <paramref name="staged"/> content (a new random id; no number yet, the store gives
    /// it). Throws <see cref="InvalidOperationException"/> when the staged file was over the size limit.
    /// </summary>
    public static EvidenceFile From(StagedEvidence staged, EvidenceFileInfo info) => staged.TooLarge
        ? throw new InvalidOperationException("A file over the size limit cannot be added.")
        : new EvidenceFile
        {
            Id = Guid.NewGuid().ToString("N"),
            SubCriterionId = info.SubCriterionId,
            Sha256 = staged.Sha256,
            OriginalName = info.OriginalName,
            Size = staged.Size,
            TypeName = info.Type.Name,
            MediaType = info.Type.MediaType,
            Kind = info.Type.Kind,
            OwnerName = info.OwnerName,
            UploadedBy = info.UploadedBy,
            UploadedAt = info.UploadedAt,
        };
}
