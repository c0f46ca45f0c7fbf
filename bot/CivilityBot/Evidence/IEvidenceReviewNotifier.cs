namespace CivilityBot.Evidence;

/// <summary>
/// Tells the owners of a sub-criterion that its evidence was accepted or returned. The hook for the single proactive
/// outbox: the default only logs; the outbox registers its own implementation (which enqueues a card to each owner).
/// Called after the review is stored; it must not throw for a person it cannot reach.
/// </summary>
public interface IEvidenceReviewNotifier
{
    Task NotifyAsync(EvidenceReviewNotice notice, CancellationToken cancellationToken);
}
