using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CivilityBot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Campaign data (the file, loaded and validated once at start-up: the seed), the plan features read
    /// (<see cref="IPlan"/>: the seed as it is, unless <c>AddPlanCorrections</c> registers the corrected plan), the data
    /// check and question answering.
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CampaignOptions>()
            .Bind(configuration.GetSection(CampaignOptions.Section))
            .Validate(options => !string.IsNullOrWhiteSpace(options.Path), "Campaign:Path is empty")
            .ValidateOnStart();
        services.AddOptions<BureauOptions>()
            .Bind(configuration.GetSection(BureauOptions.Section))
            .ValidateDataAnnotations()
            .Validate(options => CanResolve(options.TimeZone), "Bureau:TimeZone is not a time zone this machine knows (use an IANA id such as Asia/Shanghai)")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<BureauClock>();
        services.AddSingleton(provider => CampaignLoader.LoadFile(CampaignPath(provider)));
        services.TryAddSingleton<IPlan>(provider => provider.GetRequiredService<Campaign>());
        services.AddSingleton<DataCheck>();
        services.AddSingleton<QuestionAnswerer>();
        services.AddHostedService<CampaignStartupCheck>();
        return services;
    }

    /// <summary>The campaign file, a relative path taken from the content root (as <c>Storage:Path</c> is).</summary>
    public static string CampaignPath(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<CampaignOptions>>().Value
            .ResolvedPath(provider.GetRequiredService<IHostEnvironment>().ContentRootPath);

    private static bool CanResolve(string zone)
    {
        try
        {
            _ = BureauClock.Resolve(zone);
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
    }
}
