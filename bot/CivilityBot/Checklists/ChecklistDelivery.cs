using CivilityBot.Conversations;

namespace CivilityBot.Checklists;

/// <summary>
/// One recipient of a checklist send. <see cref="InFlight"/> is stored before the connector call, so a restart
/// during the call marks it failed instead of sending twice (at most once).
/// </summary>
public sealed record ChecklistDelivery
{
    public required string Person { get; init; }

    public DeliveryState State { get; init; } = DeliveryState.Pending;

    public bool InFlight { get; init; }

    public string? ReasonCode { get; init; }

    public string? Reason { get; init; }

    public string? ActivityId { get; init; }

    public DateTimeOffset? At { get; init; }
}
