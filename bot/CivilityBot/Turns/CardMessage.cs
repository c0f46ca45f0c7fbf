using System.Text.Json;
using CivilityBot.Cards.Model;
using CivilityBot.Protocol.Schema;

namespace CivilityBot.Turns;

/// <summary>Builds outgoing card messages: the card plus a plain-text summary for notifications and screen readers.</summary>
public static class CardMessage
{
    public static Activity Create(string summary, AdaptiveCard card) => Create(summary, CardJson.ToElement(card));

    /// <summary>A message for a card that is already JSON (stored in the outbox, or returned by an invoke).</summary>
    public static Activity Create(string? summary, JsonElement card) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Attachments = [ToAttachment(card)],
    };

    public static Activity ReplyTo(Activity inbound, string summary, AdaptiveCard card) =>
        ReplyTo(inbound, summary, CardJson.ToElement(card));

    public static Activity ReplyTo(Activity inbound, string summary, JsonElement card)
    {
        var reply = inbound.CreateReply();
        reply.Summary = summary;
        reply.Attachments = [ToAttachment(card)];
        return reply;
    }

    public static Attachment ToAttachment(AdaptiveCard card) => ToAttachment(CardJson.ToElement(card));

    public static Attachment ToAttachment(JsonElement card) => new()
    {
        ContentType = AttachmentContentTypes.AdaptiveCard,
        Content = card,
    };
}
