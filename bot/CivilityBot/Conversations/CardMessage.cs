using CivilityBot.Cards.Model;
using CivilityBot.Protocol.Schema;

namespace CivilityBot.Conversations;

/// <summary>Builds outgoing card messages: the card plus a plain-text summary for notifications and screen readers.</summary>
public static class CardMessage
{
    public static Activity Create(string summary, AdaptiveCard card) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Attachments = [ToAttachment(card)],
    };

    public static Activity ReplyTo(Activity inbound, string summary, AdaptiveCard card)
    {
        var reply = inbound.CreateReply();
        reply.Summary = summary;
        reply.Attachments = [ToAttachment(card)];
        return reply;
    }

    public static Attachment ToAttachment(AdaptiveCard card) => new()
    {
        ContentType = AttachmentContentTypes.AdaptiveCard,
        Content = CardJson.ToElement(card),
    };
}
