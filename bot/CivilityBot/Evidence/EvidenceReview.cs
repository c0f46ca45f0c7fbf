namespace CivilityBot.Evidence;

/// <summary>The latest review of one sub-criterion's evidence (earlier ones stay in the audit trail).</summary>
public sealed record EvidenceReview
{
    /// <summary>The sub-criterion id, the LiteDB id.</summary>
    public required string Id { get; init; }

    public EvidenceReviewState State { get; init; }

    /// <summary>The reviewer's comment; null when accepted without one (LiteDB reads an empty string back as null).</summary>
    public string? Comment { get; init; }

    public required string ReviewedBy { get; init; }

    public DateTimeOffset ReviewedAt { get; init; }

    /// <summary>How many current files the sub-criterion had when reviewed; a later upload makes the review stale.</summary>
    public int FileCount { get; init; }

    /// <summary>The newest file's <see cref="EvidenceFile.Number"/> when reviewed (0 when there was none).</summary>
    public int LastFileNumber { get; init; }
}
