
namespace CivilityBot.Outreach;

/// <summary>
/// One recipient of a broadcast, written before anything is sent. Pending with <see cref="SendingAt"/> set means
/// "handed to the connector, outcome not yet stored".
/// </summary>
public sealed class OutboxDelivery
{
    /// <summary>"{broadcastId}/{index}".</summary>
    public required string Id { get; set; }

    public int BroadcastId { get; set; }

    public int Index { get; set; }

    public required string PersonName { get; set; }

    /// <summary>Notification text, e.g. 第16项等3项未完成.</summary>
    public string Summary { get; set; } = string.Empty;

    /// <summary>The personalised Adaptive Card as JSON, fixed when queued so a resumed send is the same message.</summary>
    public string CardJson { get; set; } = string.Empty;

    public DeliveryState State { get; set; } = DeliveryState.Pending;

    public DateTimeOffset? SendingAt { get; set; }

    public int Attempts { get; set; }

    public string? ActivityId { get; set; }

    public string? ConversationId { get; set; }

    public string? ErrorCode { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The instance (store object) that claimed the delivery for sending; null when unclaimed.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>Until when <see cref="ClaimedBy"/>'s claim holds (<see cref="OutboxOptions.ClaimLease"/> after the claim).</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public static string KeyFor(int broadcastId, int index) => $"{broadcastId}/{index}";
}
