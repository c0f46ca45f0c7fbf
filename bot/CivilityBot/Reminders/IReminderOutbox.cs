using CivilityBot.Conversations;

namespace CivilityBot.Reminders;

/// <summary>
/// The durable outbox: a broadcast and one delivery per recipient, stored before anything is sent, each
/// ending in a final state. All state changes that must not race (begin send, cancel) are atomic.
/// </summary>
public interface IReminderOutbox
{
    /// <summary>Stores the broadcast and all its deliveries in one transaction; returns it with its new id.</summary>
    ReminderBroadcast Enqueue(ReminderBroadcast broadcast, IReadOnlyList<ReminderDelivery> deliveries);

    ReminderBroadcast? FindBroadcast(int broadcastId);

    /// <summary>Whether a broadcast was already queued for this occurrence of the schedule.</summary>
    bool HasScheduled(int scheduleId, DateTimeOffset occurrenceAt);

    /// <summary>Queued or running broadcasts, oldest first.</summary>
    IReadOnlyList<ReminderBroadcast> ActiveBroadcasts();

    /// <summary>The newest broadcasts first.</summary>
    IReadOnlyList<ReminderBroadcast> RecentBroadcasts(int count);

    void MarkRunning(int broadcastId, DateTimeOffset at);

    void SetStatusMessage(int broadcastId, StatusMessageLocation location);

    /// <summary>Deliveries not yet handed to Teams, in recipient order.</summary>
    IReadOnlyList<string> PendingDeliveryIds(int broadcastId);

    /// <summary>
    /// Marks the delivery as being sent, if it is still pending and its broadcast was not cancelled;
    /// null means "do not send".
    /// </summary>
    ReminderDelivery? TryBeginSend(string deliveryId, DateTimeOffset at);

    void Complete(string deliveryId, DeliveryResult result, DateTimeOffset at);

    /// <summary>Cancels the broadcast and every delivery not yet handed to Teams; false when it had already ended.</summary>
    bool Cancel(int broadcastId, string cancelledBy, DateTimeOffset at);

    /// <summary>Marks the broadcast finished once no delivery is pending or in flight; true when it did.</summary>
    bool FinishIfDone(int broadcastId, DateTimeOffset at);

    /// <summary>
    /// After a crash: deliveries that were in flight may or may not have reached Teams. They become Failed
    /// (code <see cref="OutboxCodes.Interrupted"/>) and are not sent again: at most once.
    /// </summary>
    int FailInterrupted(DateTimeOffset at);

    DeliveryCounts Count(int broadcastId);

    /// <summary>Unreachable and failed deliveries in recipient order.</summary>
    IReadOnlyList<ReminderDelivery> Problems(int broadcastId, int max);

    IReadOnlyList<ReminderDelivery> Deliveries(int broadcastId);
}
