using CivilityBot.Turns;
using CivilityBot.Storage;
using LiteDB;
using Microsoft.Extensions.Options;

namespace CivilityBot.Outreach;

/// <summary>
/// The outbox in the bot's LiteDB file. One process owns the file, so a claim or send of another store instance found in
/// it belongs to a process that is gone (<see cref="FailInterrupted"/> needs no lease to know it).
/// </summary>
public sealed class LiteDbOutbox : IOutbox
{
    private readonly string _instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly TimeSpan _lease;
    private readonly BotDatabase _database;
    private readonly ILiteCollection<OutboxBatch> _broadcasts;
    private readonly ILiteCollection<OutboxDelivery> _deliveries;

    public LiteDbOutbox(BotDatabase database, IOptions<OutboxOptions>? options = null)
    {
        _database = database;
        _lease = (options?.Value ?? new OutboxOptions()).ClaimLease;
        // The collections keep the names they had when only reminders used the outbox, so existing databases keep their history.
        _broadcasts = database.Collection<OutboxBatch>("reminder_broadcasts");
        _deliveries = database.Collection<OutboxDelivery>("reminder_deliveries");
        _broadcasts.EnsureIndex(b => b.State);
        _deliveries.EnsureIndex(d => d.BroadcastId);
        _deliveries.EnsureIndex(d => d.State);
    }

    public OutboxBatch Enqueue(OutboxBatch broadcast, IReadOnlyList<OutboxDelivery> deliveries) =>
        _database.InTransaction(() =>
        {
            broadcast.Total = deliveries.Count;
            _broadcasts.Insert(broadcast);
            for (var index = 0; index < deliveries.Count; index++)
            {
                deliveries[index].BroadcastId = broadcast.Id;
                deliveries[index].Index = index;
                deliveries[index].Id = OutboxDelivery.KeyFor(broadcast.Id, index);
            }

            _deliveries.InsertBulk(deliveries);
            return broadcast;
        });

    public bool Confirm(int broadcastId, CardLocation? statusAt) => _database.InTransaction(() =>
    {
        var broadcast = _broadcasts.FindById(broadcastId);
        if (broadcast is not { State: BatchState.Draft })
        {
            return false;
        }

        broadcast.State = BatchState.Queued;
        broadcast.StatusMessage = statusAt ?? broadcast.StatusMessage;
        return _broadcasts.Update(broadcast);
    });

    public OutboxBatch? FindBroadcast(int broadcastId) => _broadcasts.FindById(broadcastId);

    public bool HasScheduled(int scheduleId, DateTimeOffset occurrenceAt) =>
        _broadcasts.Exists(b => b.ScheduleId == scheduleId && b.ScheduledFor == occurrenceAt);

    public IReadOnlyList<OutboxBatch> ActiveBroadcasts() =>
        _broadcasts.Find(b => b.State == BatchState.Queued || b.State == BatchState.Running)
            .OrderBy(b => b.Id).ToList();

    public IReadOnlyList<OutboxBatch> RecentBroadcasts(int count) =>
        _broadcasts.Query().OrderByDescending(b => b.Id).Limit(count).ToList();

    public void MarkRunning(int broadcastId, DateTimeOffset at) => Change(broadcastId, b =>
    {
        if (b.State == BatchState.Queued)
        {
            b.State = BatchState.Running;
            b.StartedAt = at;
        }
    });

    public void SetStatusMessage(int broadcastId, CardLocation location) =>
        Change(broadcastId, b => b.StatusMessage = location);

    public IReadOnlyList<string> PendingDeliveryIds(int broadcastId) =>
        _deliveries.Query()
            .Where(d => d.BroadcastId == broadcastId && d.State == DeliveryState.Pending && d.SendingAt == null)
            .OrderBy(d => d.Index)
            .Select(d => d.Id)
            .ToList();

    public IReadOnlyList<string> ClaimPending(int broadcastId, int max, DateTimeOffset at) => _database.InTransaction(() =>
    {
        var claimable = _deliveries.Query()
            .Where(d => d.BroadcastId == broadcastId && d.State == DeliveryState.Pending && d.SendingAt == null)
            .OrderBy(d => d.Index)
            .ToEnumerable()
            .Where(d => d.ClaimedBy != _instance || d.LeaseUntil < at)
            .Take(max)
            .ToList();
        foreach (var delivery in claimable)
        {
            delivery.ClaimedBy = _instance;
            delivery.LeaseUntil = at + _lease;
        }

        _deliveries.Update(claimable);
        return (IReadOnlyList<string>)[.. claimable.Select(d => d.Id)];
    });

    public OutboxDelivery? TryBeginSend(string deliveryId, DateTimeOffset at) => _database.InTransaction(() =>
    {
        var delivery = _deliveries.FindById(deliveryId);
        if (delivery is null || delivery.State != DeliveryState.Pending || delivery.SendingAt is not null
            || _broadcasts.FindById(delivery.BroadcastId) is not { IsActive: true })
        {
            return null;
        }

        delivery.ClaimedBy = _instance;
        delivery.LeaseUntil = at + _lease;
        delivery.SendingAt = at;
        delivery.Attempts++;
        _deliveries.Update(delivery);
        return delivery;
    });

    public void Complete(string deliveryId, DeliveryResult result, DateTimeOffset at) => _database.InTransaction(() =>
    {
        var delivery = _deliveries.FindById(deliveryId) ?? throw new InvalidOperationException($"No delivery {deliveryId}.");
        delivery.State = result.State;
        delivery.ActivityId = result.ActivityId;
        delivery.ConversationId = result.ConversationId;
        delivery.ErrorCode = result.ErrorCode;
        delivery.Reason = result.Reason;
        delivery.FinishedAt = at;
        return _deliveries.Update(delivery);
    });

    public bool Cancel(int broadcastId, string cancelledBy, DateTimeOffset at) => _database.InTransaction(() =>
    {
        var broadcast = _broadcasts.FindById(broadcastId);
        if (broadcast is not ({ IsActive: true } or { State: BatchState.Draft }))
        {
            return false;
        }

        broadcast.State = BatchState.Cancelled;
        broadcast.CancelledBy = cancelledBy;
        _broadcasts.Update(broadcast);
        var waiting = _deliveries.Find(d => d.BroadcastId == broadcastId && d.State == DeliveryState.Pending && d.SendingAt == null).ToList();
        foreach (var delivery in waiting)
        {
            delivery.State = DeliveryState.Cancelled;
            delivery.ErrorCode = OutboxCodes.Cancelled;
            delivery.Reason = OutboxCodes.CancelledReason;
            delivery.FinishedAt = at;
        }

        _deliveries.Update(waiting);
        return true;
    });

    public bool FinishIfDone(int broadcastId, DateTimeOffset at) => _database.InTransaction(() =>
    {
        var broadcast = _broadcasts.FindById(broadcastId);
        if (broadcast is null || broadcast.FinishedAt is not null || _deliveries.Exists(d => d.BroadcastId == broadcastId && d.State == DeliveryState.Pending))
        {
            return false;
        }

        broadcast.State = broadcast.State == BatchState.Cancelled ? BatchState.Cancelled : BatchState.Completed;
        broadcast.FinishedAt = at;
        return _broadcasts.Update(broadcast);
    });

    public int FailInterrupted(DateTimeOffset at) => _database.InTransaction(() =>
    {
        var interrupted = _deliveries.Find(d => d.State == DeliveryState.Pending && d.SendingAt != null)
            .Where(d => d.ClaimedBy != _instance).ToList();
        foreach (var delivery in interrupted)
        {
            delivery.State = DeliveryState.Failed;
            delivery.ErrorCode = OutboxCodes.Interrupted;
            delivery.Reason = OutboxCodes.InterruptedReason;
            delivery.FinishedAt = at;
        }

        return _deliveries.Update(interrupted);
    });

    public DeliveryCounts Count(int broadcastId)
    {
        var states = _deliveries.Query()
            .Where(d => d.BroadcastId == broadcastId)
            .Select(d => new { d.State, d.SendingAt })
            .ToList();
        int Of(DeliveryState state) => states.Count(s => s.State == state);
        var sending = states.Count(s => s.State == DeliveryState.Pending && s.SendingAt is not null);
        return new DeliveryCounts(
            Of(DeliveryState.Pending) - sending, sending, Of(DeliveryState.Sent),
            Of(DeliveryState.Unreachable), Of(DeliveryState.Failed), Of(DeliveryState.Cancelled));
    }

    public IReadOnlyList<OutboxDelivery> Problems(int broadcastId, int max) =>
        _deliveries.Query()
            .Where(d => d.BroadcastId == broadcastId && (d.State == DeliveryState.Unreachable || d.State == DeliveryState.Failed))
            .OrderBy(d => d.Index)
            .Limit(max)
            .ToList();

    public IReadOnlyList<OutboxDelivery> Deliveries(int broadcastId) =>
        _deliveries.Query().Where(d => d.BroadcastId == broadcastId).OrderBy(d => d.Index).ToList();

    private void Change(int broadcastId, Action<OutboxBatch> change) => _database.InTransaction(() =>
    {
        var broadcast = _broadcasts.FindById(broadcastId);
        if (broadcast is null)
        {
            return false;
        }

        change(broadcast);
        return _broadcasts.Update(broadcast);
    });
}
