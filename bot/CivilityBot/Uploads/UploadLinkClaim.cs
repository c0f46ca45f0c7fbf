namespace CivilityBot.Uploads;

/// <summary>
/// The browser that first opened an upload link: only the SHA-256 of the random secret put in its cookie is stored.
/// Later requests through the same link must bring that cookie.
/// </summary>
public sealed record UploadLinkClaim
{
    /// <summary>SHA-256 of the link's token, lower-case hex.</summary>
    public required string Id { get; init; }

    /// <summary>SHA-256 of the browser's secret, lower-case hex.</summary>
    public required string BrowserHash { get; init; }

    public DateTimeOffset ClaimedAt { get; init; }

    /// <summary>When the link stops working; the claim can be forgotten then.</summary>
    public DateTimeOffset ExpiresAt { get; init; }
}
