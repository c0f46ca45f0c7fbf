using CivilityBot.Protocol.Schema;

namespace CivilityBot.Turns;

/// <summary>Where a bot message lives in Teams: enough to edit it later (PUT /v3/conversations/{id}/activities/{activityId}).</summary>
public sealed record CardLocation
{
    public required string ServiceUrl { get; init; }

    public required string ConversationId { get; init; }

    public required string ActivityId { get; init; }

    /// <summary>The card whose button raised <paramref name="inbound"/> (its <c>replyToId</c>), or null when Teams did not say.</summary>
    public static CardLocation? Of(Activity inbound) =>
        inbound is { ReplyToId: { Length: > 0 } cardId, ServiceUrl: { Length: > 0 } serviceUrl, Conversation.Id: { Length: > 0 } conversationId }
            ? new CardLocation { ServiceUrl = serviceUrl, ConversationId = conversationId, ActivityId = cardId }
            : null;
}
