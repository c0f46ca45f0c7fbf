namespace CivilityBot.Checklists;

/// <summary>A ledger download link. Only the SHA-256 of the token is stored, so the database never holds a usable link.</summary>
public sealed record LedgerLink
{
    public required string Id { get; init; }

    public required string RequestedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }
}
