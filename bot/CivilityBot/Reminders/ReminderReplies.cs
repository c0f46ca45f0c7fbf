using CivilityBot.Cards.Model;
using CivilityBot.Conversations;

namespace CivilityBot.Reminders;

/// <summary>Answers a chat command with a card or a sentence.</summary>
public static class ReminderReplies
{
    public static async Task<bool> CardAsync(MessageTurn message, string summary, AdaptiveCard card, CancellationToken cancellationToken)
    {
        await message.Turn.SendActivityAsync(CardMessage.ReplyTo(message.Turn.Activity, summary, card), cancellationToken);
        return true;
    }

    public static async Task<bool> TextAsync(MessageTurn message, string text, CancellationToken cancellationToken)
    {
        await message.Turn.SendActivityAsync(message.Turn.Activity.CreateReply(text), cancellationToken);
        return true;
    }

    /// <summary>Where a status card sent in answer to this turn lives, so the dispatcher can edit it later.</summary>
    public static StatusMessageLocation? CardLocation(Protocol.Schema.Activity inbound) =>
        inbound is { ReplyToId: { Length: > 0 } cardId, ServiceUrl: { Length: > 0 } serviceUrl, Conversation.Id: { Length: > 0 } conversationId }
            ? new StatusMessageLocation { ServiceUrl = serviceUrl, ConversationId = conversationId, ActivityId = cardId }
            : null;
}
