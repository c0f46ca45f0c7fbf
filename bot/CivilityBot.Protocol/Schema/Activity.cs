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

        return ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant)
            && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id)
            && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
    }

    /// <summary>The text with the <c>&lt;at&gt;Bot&lt;/at&gt;</c> mention of this bot removed, trimmed.</summary>
    public string GetTextWithoutMentions()
    {
        var text = Text ?? string.Empty;
        var botId = Recipient?.Id;
        if (Entities is null || string.IsNullOrEmpty(botId))
        {
            return text.Trim();
        }

        foreach (var entity in Entities)
        {
            if (MentionText(entity, botId) is { Length: > 0 } mention)
            {
                text = text.Replace(mention, string.Empty, StringComparison.Ordinal);
            }
        }

        return text.Trim();
    }

    private static string? MentionText(JsonElement entity, string botId)
    {
        if (entity.ValueKind != JsonValueKind.Object
            || !entity.TryGetProperty("type", out var type) || !type.ValueEquals("mention")
            || !entity.TryGetProperty("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object
            || !mentioned.TryGetProperty("id", out var id) || !id.ValueEquals(botId)
            || !entity.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return text.GetString();
    }
}
