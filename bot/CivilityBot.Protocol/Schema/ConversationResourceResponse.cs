namespace CivilityBot.Protocol.Schema;

/// <summary>The connector's answer to create-conversation.</summary>
public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }

    public string? ActivityId { get; set; }

    public string? ServiceUrl { get; set; }
}
