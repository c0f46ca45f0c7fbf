namespace CivilityBot.Reminders;

/// <summary>The coordinator's status card message, updated in place while the broadcast runs.</summary>
public sealed class StatusMessageLocation
{
    public required string ServiceUrl { get; set; }

    public required string ConversationId { get; set; }

    public required string ActivityId { get; set; }
}
