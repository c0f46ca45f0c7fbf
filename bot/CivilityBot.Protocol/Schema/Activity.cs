using System.Text.Json;
using System.Text.Json.Serialization;

namespace CivilityBot.Protocol.Schema;

/// <summary>
/// A Bot Framework activity. Only the fields we read are typed; everything else Teams sends
/// survives in <see cref="Properties"/> so a round trip drops nothing.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ReplyToId { get; set; }

    public string? Text { get; set; }

    public string? TextFormat { get; set; }

    public string? Locale { get; set; }

    public string? Summary { get; set; }

    public List<Attachment>? Attachments { get; set; }

    public List<JsonElement>? Entities { get; set; }

    public JsonElement? Value { get; set; }

    public string? Name { get; set; }

    public string? Action { get; set; }

    public List<ChannelAccount>? MembersAdded { get; set; }

    public List<ChannelAccount>? MembersRemoved { get; set; }

    public string? DeliveryMode { get; set; }

    public JsonElement? ChannelData { get; set; }

    /// <summary>Who authenticated the request (<c>urn:botframework:azure</c>); set by us, never read from the wire.</summary>
    [JsonIgnore]
    public string? CallerId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A message addressed back to the sender of this activity, threaded under it.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        From = Recipient,
        Recipient = From,
        Conversation = Conversation,
        ReplyToId = Id,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Locale = Locale,
        Text = text,
    };

    /// <summary>The Entra tenant: <c>conversation.tenantId</c>, else Teams' <c>channelData.tenant.id</c>.</summary>
    public string? GetTenantId()
    {
        if (!string.IsNullOrEmpty(Conversation?.TenantId))
        {
            return Conversation.TenantId;
        }

        return JsonFields.String(JsonFields.Object(ChannelData, "tenant"), "id");
    }

    /// <summary>The text with the <c>&lt;at&gt;Bot&lt;/at&gt;</c> mention of this bot removed, trimmed.</summary>
    public string GetTextWithoutMentions()
    {
        var text = Text ?? string.Empty;
        foreach (var mention in Mentions().Where(mention => mention.Id is { Length: > 0 } id && id == Recipient?.Id))
        {
            text = text.Replace(mention.Text, string.Empty, StringComparison.Ordinal);
        }

        return text.Trim();
    }

    /// <summary>
    /// The <c>mention</c> entities that name an account and carry the text they stand for in <see cref="Text"/>
    /// (Teams: <c>{"type":"mention","mentioned":{"id","name"},"text":"&lt;at&gt;name&lt;/at&gt;"}</c>); malformed ones are skipped.
    /// </summary>
    public IReadOnlyList<Mention> Mentions()
    {
        var mentions = new List<Mention>();
        foreach (var entity in Entities ?? [])
        {
            var mentioned = JsonFields.Object(entity, "mentioned");
            if (JsonFields.String(entity, "type") == "mention" && JsonFields.String(entity, "text") is { Length: > 0 } text && mentioned is not null)
            {
                mentions.Add(new Mention(
                    JsonFields.String(mentioned, "id"), JsonFields.String(mentioned, "name"), JsonFields.String(mentioned, "aadObjectId"), text));
            }
        }

        return mentions;
    }
}
