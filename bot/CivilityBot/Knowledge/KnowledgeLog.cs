using Microsoft.Extensions.Logging;

namespace CivilityBot.Knowledge;

internal static partial class KnowledgeLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Campaign {Number} loaded from {Path}: {Indicators} indicators, {People} people, {Phases} phases")]
    public static partial void CampaignLoaded(ILogger logger, string number, string path, int indicators, int people, int phases);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning,
        Message = "Campaign data check: {Count} findings for a coordinator to confirm (ask the bot \"数据检查\")")]
    public static partial void DataCheckFindings(ILogger logger, int count);
}
