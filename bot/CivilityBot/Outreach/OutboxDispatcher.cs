using System.Text.Json;
using CivilityBot.Protocol.Schema;
using CivilityBot.Turns;
using Microsoft.Extensions.Options;

namespace CivilityBot.Outreach;

/// <summary>
/// Sends what the outbox holds. Each delivery is marked "sending" before the connector call and given its final
/// state after it, so a restart resumes the rest without a second copy of anything sent. On shutdown, sends already
/// handed to Teams get a grace period to finish; one still open after a crash is failed as interrupted, never resent
/// (at most once: a duplicate message is avoidable, an unknown outcome is not).
/// </summary>
public sealed partial class OutboxDispatcher(
    IOutbox outbox,
    IProactiveMessenger messenger,
    OutboxSignal signal,
    BatchStatusReporter status,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                RecoverInterrupted();
                await DispatchActiveAsync(stoppingToken);
                await signal.WaitAsync(options.Value.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogIterationFailed(logger, exception);
                await signal.WaitAsync(options.Value.PollInterval, time, stoppingToken);
            }
        }
    }

    /// <summary>
    /// Fails sends left in flight by an instance that is gone (a crash of this process before a restart, or another
    /// instance's expired claim on a shared database); they are never resent. Runs before every round, not only at start,
    /// so a broadcast that a dead instance was sending finishes on the survivors.
    /// </summary>
    private void RecoverInterrupted()
    {
        var interrupted = outbox.FailInterrupted(time.GetUtcNow());
        if (interrupted > 0)
        {
            LogInterrupted(logger, interrupted);
        }
    }

    /// <summary>Runs every queued or running broadcast to its end, oldest first.</summary>
    public async Task DispatchActiveAsync(CancellationToken stoppingToken)
    {
        foreach (var broadcast in outbox.ActiveBroadcasts())
        {
            stoppingToken.ThrowIfCancellationRequested();
            await RunAsync(broadcast, stoppingToken);
        }
    }

    private async Task RunAsync(OutboxBatch broadcast, CancellationToken stoppingToken)
    {
        outbox.MarkRunning(broadcast.Id, time.GetUtcNow());
        LogBroadcastStarted(logger, broadcast.Id, broadcast.Total);
        await status.StartAsync(broadcast.Id, stoppingToken);

        // Sends already handed to Teams outlive the stop request by a grace period, so a normal restart leaves none open.
        using var sendTokens = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        await using var stopping = stoppingToken.Register(() => sendTokens.CancelAfter(options.Value.ShutdownGracePeriod));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentSends, CancellationToken = stoppingToken };
        await Parallel.ForEachAsync(Claimed(broadcast.Id), parallel,
            async (deliveryId, _) => await DeliverAsync(deliveryId, sendTokens.Token));

        if (outbox.FinishIfDone(broadcast.Id, time.GetUtcNow()))
        {
            LogBroadcastFinished(logger, broadcast.Id);
            await status.UpdateNowAsync(broadcast.Id, stoppingToken);
        }
    }

    /// <summary>
    /// The batch's deliveries this instance claimed, a few at a time as senders free up, so several instances share one
    /// batch without sending anything twice.
    /// </summary>
    private IEnumerable<string> Claimed(int broadcastId)
    {
        while (true)
        {
            var claimed = outbox.ClaimPending(broadcastId, options.Value.MaxConcurrentSends, time.GetUtcNow());
            if (claimed.Count == 0)
            {
                yield break;
            }

            foreach (var deliveryId in claimed)
            {
                yield return deliveryId;
            }
        }
    }

    private async Task DeliverAsync(string deliveryId, CancellationToken sendToken)
    {
        var delivery = outbox.TryBeginSend(deliveryId, time.GetUtcNow());
        if (delivery is null)
        {
            return; // cancelled, or already handled
        }

        DeliveryResult result;
        try
        {
            result = await messenger.SendAsync(delivery.PersonName, ToActivity(delivery), sendToken);
        }
        catch (OperationCanceledException) when (sendToken.IsCancellationRequested)
        {
            return; // stays in flight; the next start fails it as interrupted
        }
        catch (Exception exception)
        {
            LogDeliveryFailed(logger, exception, deliveryId);
            result = new DeliveryResult(DeliveryState.Failed, null, "InternalError", ProactiveReasons.Unknown);
        }

        outbox.Complete(deliveryId, result, time.GetUtcNow());
        await status.ProgressAsync(delivery.BroadcastId, sendToken);
    }

    public static Activity ToActivity(OutboxDelivery delivery)
    {
        using var card = JsonDocument.Parse(delivery.CardJson);
        return CardMessage.Create(delivery.Summary, card.RootElement.Clone());
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "{Count} outbox deliveries were in flight on an instance that stopped; failed as interrupted")]
    private static partial void LogInterrupted(ILogger logger, int count);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Error, Message = "Outbox dispatch iteration failed")]
    private static partial void LogIterationFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Outbox batch {BroadcastId} running ({Total} recipients)")]
    private static partial void LogBroadcastStarted(ILogger logger, int broadcastId, int total);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information, Message = "Outbox batch {BroadcastId} finished")]
    private static partial void LogBroadcastFinished(ILogger logger, int broadcastId);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Error, Message = "Outbox delivery {DeliveryId} failed unexpectedly")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string deliveryId);
}
