namespace CivilityBot.Conversations;

/// <summary>Teams answered "blocked" for this person: do not try again until they write to the bot again.</summary>
public sealed record ProactiveBlock
{
    /// <summary>The roster name.</summary>
    public required string Id { get; init; }

    public required string Code { get; init; }

    public DateTimeOffset BlockedAt { get; init; }
}
