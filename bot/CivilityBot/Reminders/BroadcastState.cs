namespace CivilityBot.Reminders;

public enum BroadcastState
{
    Queued,
    Running,
    Completed,
    Cancelled,
}
