namespace CivilityBot.Outreach;

/// <summary>How one proactive send ended: Sent with the activity id, or Unreachable / Failed with a code and a Chinese reason.</summary>
public sealed record DeliveryResult(DeliveryState State, string? ActivityId, string? ErrorCode, string? Reason, string? ConversationId = null);
