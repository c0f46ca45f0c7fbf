namespace CivilityBot.Conversations;

/// <summary>How to reach one user in one conversation later (proactive checklists and reminders).</summary>
public sealed record ConversationReferenceRecord
{
    /// <summary>"{conversationId}|{userId}".</summary>
    public required string Id { get; init; }

    public required string UserId { get; init; }

    public string? AadObjectId { get; init; }

    public string? UserName { get; init; }

    public required string ConversationId { get; init; }

    public string? ConversationType { get; init; }

    public required string ServiceUrl { get; init; }

    public bool ServiceUrlVerified { get; init; }

    public string? TenantId { get; init; }

    public string? ChannelId { get; init; }

    public string? BotId { get; init; }

    public string? BotName { get; init; }

    /// <summary>When the person was last seen here (stored when the route changed, or to lift a block).</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When Teams answered that the user blocked or uninstalled the bot here; cleared when they write again.</summary>
    public DateTimeOffset? BlockedAt { get; init; }

    public bool IsPersonal => ConversationType is null or "personal";

    public static string KeyFor(string conversationId, string userId) => $"{conversationId}|{userId}";

    /// <summary>True when the fields that matter for reaching the user are the same (the time is ignored).</summary>
    public bool SameRouteAs(ConversationReferenceRecord other) => this with { UpdatedAt = other.UpdatedAt } == other;

    public bool IsBlocked => BlockedAt is not null;
}
