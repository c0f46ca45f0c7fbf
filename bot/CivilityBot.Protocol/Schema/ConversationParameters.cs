using System.Text.Json;

namespace CivilityBot.Protocol.Schema;

/// <summary>Body of the create-conversation call used for proactive 1:1 chats.</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public List<ChannelAccount>? Members { get; set; }

    public string? TenantId { get; set; }

    public JsonElement? ChannelData { get; set; }

    public Activity? Activity { get; set; }

    public string? TopicName { get; set; }
}
