namespace CivilityBot.Evidence;

/// <summary>One append-only line of the evidence audit trail: an upload, a removal, a review or a requirement change.</summary>
public sealed record EvidenceAuditEntry
{
    /// <summary>LiteDB auto id; ascending in the order the changes were made.</summary>
    public int Id { get; init; }

    public required string SubCriterionId { get; init; }

    /// <summary>One of <see cref="EvidenceAuditActions"/>.</summary>
    public required string Action { get; init; }

    /// <summary>The roster name of who did it.</summary>
    public required string Actor { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The file concerned, if any.</summary>
    public string? FileId { get; init; }

    /// <summary>What changed, in words (file name and hash; review state and comment).</summary>
    public string? Detail { get; init; }

    /// <summary>The audit row of <paramref name="action"/> (<see cref="EvidenceAuditActions"/>) on <paramref name="file"/>, naming it, its size and hash.</summary>
    public static EvidenceAuditEntry Of(EvidenceFile file, string action, string actor, DateTimeOffset at) => new()
    {
        SubCriterionId = file.SubCriterionId,
        Action = action,
        Actor = actor,
        At = at,
        FileId = file.Id,
        Detail = $"{file.OriginalName}（{file.Size} 字节，SHA-256 {file.Sha256}）",
    };
}
