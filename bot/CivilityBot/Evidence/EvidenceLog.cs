using Microsoft.Extensions.Logging;

namespace CivilityBot.Evidence;

internal static partial class EvidenceLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information,
        Message = "Evidence of {SubCriterionId} {State} by {Reviewer}; owners to tell: {Owners} (no outbox hooked up yet)")]
    public static partial void ReviewNotTold(ILogger logger, string subCriterionId, EvidenceReviewState state, string reviewer, IEnumerable<string> owners);
}
