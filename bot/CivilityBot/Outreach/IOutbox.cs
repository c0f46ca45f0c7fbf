using CivilityBot.Turns;

namespace CivilityBot.Outreach;

/// <summary>
/// The one durable outbox for every proactive delivery (reminders, checklists, later notices): a batch and one finished
/// card per recipient, stored before anything is sent, each delivery ending in a final state. All state changes that
/// must not race (confirm, begin send, cancel) are atomic.
/// </summary>
public interface IOutbox
{
    /// <summary>
    /// Stores the batch (in its <see cref="OutboxBatch.State"/>: Queued to send now, Draft to wait for a confirmation)
    /// and all its deliveries in one transaction; returns it with its new id.
    /// </summary>
    OutboxBatch Enqueue(OutboxBatch broadcast, IReadOnlyList<OutboxDelivery> deliveries);

    /// <summary>Moves a Draft to Queued (with where its status card lives); false when it was not a draft any more.</summary>
    bool Confirm(int broadcastId, CardLocation? statusAt);

    OutboxBatch? FindBroadcast(int broadcastId);

    /// <summary>Whether a broadcast was already queued for this occurrence of the schedule.</summary>
    bool HasScheduled(int scheduleId, DateTimeOffset occurrenceAt);

    /// <summary>Queued or running broadcasts, oldest first.</summary>
    IReadOnlyList<OutboxBatch> ActiveBroadcasts();

    /// <summary>The newest broadcasts first.</summary>
    IReadOnlyList<OutboxBatch> RecentBroadcasts(int count);

    void MarkRunning(int broadcastId, DateTimeOffset at);

    void SetStatusMessage(int broadcastId, CardLocation location);

    /// <summary>Deliveries not yet handed to Teams, in recipient order.</summary>
    IReadOnlyList<string> PendingDeliveryIds(int broadcastId);

    /// <summary>
    /// Claims up to <paramref name="max"/> pending deliveries of the batch for this instance (recipient order), for
    /// <see cref="OutboxOptions.ClaimLease"/>: no other instance claims or sends them while the claim holds. Unsent deliveries
    /// whose claim expired (their instance died) are claimed again. Returns their ids; empty when none is left to claim.
    /// </summary>
    IReadOnlyList<string> ClaimPending(int broadcastId, int max, DateTimeOffset at);

    /// <summary>
    /// Marks the delivery as being sent, if it is still pending, not claimed by another live instance, and its broadcast
    /// was not cancelled; null means "do not send". Exactly one caller wins, however many instances try.
    /// </summary>
    OutboxDelivery? TryBeginSend(string deliveryId, DateTimeOffset at);

    void Complete(string deliveryId, DeliveryResult result, DateTimeOffset at);

    /// <summary>Cancels the batch (a draft, or one being sent) and every delivery not yet handed to Teams; false when it had already ended.</summary>
    bool Cancel(int broadcastId, string cancelledBy, DateTimeOffset at);

    /// <summary>Marks the broadcast finished once no delivery is pending or in flight; true when it did.</summary>
    bool FinishIfDone(int broadcastId, DateTimeOffset at);

    /// <summary>
    /// After a crash: deliveries that were in flight for an instance that is gone may or may not have reached Teams. They
    /// become Failed (code <see cref="OutboxCodes.Interrupted"/>) and are not sent again: at most once. "Gone" is, for a
    /// store one process owns (LiteDB), any other instance of the store; for a shared store (PostgreSQL), an instance whose
    /// claim lease expired before <paramref name="at"/>. This instance's own sends are never touched. Safe to call often.
    /// </summary>
    int FailInterrupted(DateTimeOffset at);

    DeliveryCounts Count(int broadcastId);

    /// <summary>Unreachable and failed deliveries in recipient order.</summary>
    IReadOnlyList<OutboxDelivery> Problems(int broadcastId, int max);

    IReadOnlyList<OutboxDelivery> Deliveries(int broadcastId);
}
