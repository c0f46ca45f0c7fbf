namespace CivilityBot.Conversations;

public enum DeliveryState
{
    Pending,
    Sent,
    Unreachable,
    Failed,
    Cancelled,
}
