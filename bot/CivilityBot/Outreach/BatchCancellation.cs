using CivilityBot.Knowledge;

namespace CivilityBot.Outreach;

/// <summary>Cancels a batch (a draft, or one being sent) from a command or a button, and refreshes its status card for everyone.</summary>
public sealed class BatchCancellation(IOutbox outbox, BatchStatusReporter status, BureauClock clock)
{
    public const string NoSuchBatch = "没有找到这次发送。发送“提醒记录”查看编号。";
    public const string AlreadyFinished = "这次发送已经结束或已取消，无需再取消。";

    /// <summary>The broadcast after the attempt, and null problem when it was cancelled now.</summary>
    public async Task<(OutboxBatch? Broadcast, string? Problem)> CancelAsync(int broadcastId, string coordinator, CancellationToken cancellationToken)
    {
        if (outbox.FindBroadcast(broadcastId) is null)
        {
            return (null, NoSuchBatch);
        }

        var cancelled = outbox.Cancel(broadcastId, coordinator, clock.UtcNow);
        outbox.FinishIfDone(broadcastId, clock.UtcNow);
        await status.UpdateNowAsync(broadcastId, cancellationToken);
        return (outbox.FindBroadcast(broadcastId), cancelled ? null : AlreadyFinished);
    }
}
