using Microsoft.Extensions.Logging;

namespace CivilityBot.Evidence;

/// <summary>The stand-in <see cref="IEvidenceReviewNotifier"/> until the outbox takes over: owners see the review on their card.</summary>
public sealed class LoggingEvidenceReviewNotifier(ILogger<LoggingEvidenceReviewNotifier> logger) : IEvidenceReviewNotifier
{
    public Task NotifyAsync(EvidenceReviewNotice notice, CancellationToken cancellationToken)
    {
        EvidenceLog.ReviewNotTold(logger, notice.SubCriterionId, notice.Review.State, notice.Review.ReviewedBy, notice.Owners);
        return Task.CompletedTask;
    }
}
