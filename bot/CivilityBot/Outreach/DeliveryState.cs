namespace CivilityBot.Outreach;

public enum DeliveryState
{
    Pending,
    Sent,
    Unreachable,
    Failed,
    Cancelled,
}
