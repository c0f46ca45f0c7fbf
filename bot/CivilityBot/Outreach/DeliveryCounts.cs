namespace CivilityBot.Outreach;

/// <summary>How far a broadcast has come; <see cref="Sending"/> are handed to Teams but not yet answered.</summary>
public sealed record DeliveryCounts(int Pending, int Sending, int Sent, int Unreachable, int Failed, int Cancelled)
{
    public int Total => Pending + Sending + Sent + Unreachable + Failed + Cancelled;

    public int Finished => Sent + Unreachable + Failed + Cancelled;

    public bool IsDone => Pending == 0 && Sending == 0;
}
