using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CivilityBot.Knowledge;

/// <summary>
/// Loads the campaign while the host starts, so a broken file stops the service with the field-naming error
/// instead of failing the first question.
/// </summary>
internal sealed class CampaignStartupCheck(
    Campaign campaign,
    DataCheck dataCheck,
    QuestionAnswerer answerer,
    IServiceProvider services,
    ILogger<CampaignStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var path = KnowledgeServiceCollectionExtensions.CampaignPath(services);
        KnowledgeLog.CampaignLoaded(logger, campaign.Document.Number, path,
            campaign.Indicators.Count, campaign.Roster.Count, campaign.Phases.Count);
        if (dataCheck.Findings.Count > 0)
        {
            KnowledgeLog.DataCheckFindings(logger, dataCheck.Findings.Count);
        }

        answerer.Answer("1"); // builds the topic index and warms the common path before the first user asks
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
