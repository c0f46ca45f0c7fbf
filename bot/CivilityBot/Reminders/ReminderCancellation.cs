namespace CivilityBot.Reminders;

/// <summary>Cancels a broadcast from a command or a button, and refreshes its status card for everyone.</summary>
public sealed class ReminderCancellation(IReminderOutbox outbox, BroadcastStatusReporter status, ReminderClock clock)
{
    /// <summary>The broadcast after the attempt, and null problem when it was cancelled now.</summary>
    public async Task<(ReminderBroadcast? Broadcast, string? Problem)> CancelAsync(int broadcastId, string coordinator, CancellationToken cancellationToken)
    {
        if (outbox.FindBroadcast(broadcastId) is null)
        {
            return (null, ReminderTexts.NoSuchBroadcast);
        }

        var cancelled = outbox.Cancel(broadcastId, coordinator, clock.UtcNow);
        outbox.FinishIfDone(broadcastId, clock.UtcNow);
        await status.UpdateNowAsync(broadcastId, cancellationToken);
        return (outbox.FindBroadcast(broadcastId), cancelled ? null : ReminderTexts.AlreadyFinished);
    }
}
