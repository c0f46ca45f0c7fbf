namespace CivilityBot.Downloads;

/// <summary>
/// An issued download link and what it opens. Only the SHA-256 of its token is stored, so the database never holds a
/// usable link.
/// </summary>
public sealed record DownloadLink
{
    /// <summary>The SHA-256 of the token, lower-case hex.</summary>
    public required string Id { get; init; }

    /// <summary>Which <see cref="IDownloadSource"/> opens it, such as "ledger".</summary>
    public required string Kind { get; init; }

    /// <summary>What it opens within its kind (a broadcast id), or null when the kind has a single file.</summary>
    public string? SubjectId { get; init; }

    /// <summary>The roster name of the person the link was made for.</summary>
    public required string RequestedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }
}
