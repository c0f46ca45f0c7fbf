using CivilityBot.Conversations;

namespace CivilityBot.Checklists;

/// <summary>
/// Sends confirmed checklist batches in the background, one recipient after another (the proactive messenger paces the
/// connector). Each delivery ends in a stored state; at the end the coordinator gets a summary.
/// </summary>
public sealed partial class ChecklistSendDispatcher(
    IChecklistSendStore store,
    ChecklistSendQueue queue,
    IProactiveMessenger messenger,
    ChecklistCardComposer composer,
    IChecklistProgress progress,
    TimeProvider time,
    ILogger<ChecklistSendDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var batch in store.Confirmed())
        {
            RecoverInFlight(batch);
            queue.Enqueue(batch.Id);
        }

        await foreach (var batchId in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(batchId, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogBatchFailed(logger, exception, batchId);
            }
        }
    }

    private async Task RunAsync(string batchId, CancellationToken cancellationToken)
    {
        var batch = store.Find(batchId);
        if (batch is not { State: SendBatchState.Confirmed })
        {
            queue.MarkFinished(batchId);
            return;
        }

        foreach (var delivery in batch.Deliveries.Where(delivery => delivery.State == Conversations.DeliveryState.Pending && !delivery.InFlight))
        {
            store.UpdateDelivery(batchId, delivery with { InFlight = true, At = time.GetUtcNow() });
            var result = await messenger.SendAsync(delivery.Person, RecipientMessage.Create(delivery.Person, composer, progress), cancellationToken);
            store.UpdateDelivery(batchId, delivery with
            {
                State = result.State, InFlight = false, ReasonCode = result.ErrorCode, Reason = result.Reason,
                ActivityId = result.ActivityId, At = time.GetUtcNow(),
            });
        }

        var finished = store.Transition(batchId, SendBatchState.Confirmed, SendBatchState.Finished, time.GetUtcNow()) ?? store.Find(batchId)!;
        await NotifyAsync(finished, cancellationToken);
        queue.MarkFinished(batchId);
    }

    private async Task NotifyAsync(ChecklistSendBatch batch, CancellationToken cancellationToken)
    {
        var status = SendStatusComposer.Compose(batch);
        var result = await messenger.SendAsync(batch.RequestedBy, CardMessage.Create(status.Summary, status.Card), cancellationToken);
        if (result.State != Conversations.DeliveryState.Sent)
        {
            LogSummaryNotSent(logger, batch.Id, batch.RequestedBy, result.ErrorCode);
        }
    }

    /// <summary>A delivery that was in flight when the service stopped may or may not have arrived: never resend it.</summary>
    private void RecoverInFlight(ChecklistSendBatch batch)
    {
        foreach (var delivery in batch.Deliveries.Where(delivery => delivery.InFlight))
        {
            store.UpdateDelivery(batch.Id, delivery with
            {
                State = Conversations.DeliveryState.Failed, InFlight = false, ReasonCode = "Interrupted", Reason = "服务重启，发送结果未知",
            });
        }
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Error, Message = "Checklist send {BatchId} failed")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, string batchId);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "Summary of checklist send {BatchId} not delivered to {Person}: {Code}")]
    private static partial void LogSummaryNotSent(ILogger logger, string batchId, string person, string? code);
}
