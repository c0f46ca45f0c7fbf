using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CivilityBot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>Campaign data (loaded and validated once, at start-up), the data check and question answering.</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CampaignOptions>()
            .Bind(configuration.GetSection(CampaignOptions.Section))
            .Validate(options => !string.IsNullOrWhiteSpace(options.Path), "Campaign:Path is empty")
            .Validate(options => options.UtcOffset.Duration() <= TimeSpan.FromHours(14), "Campaign:UtcOffset is not a UTC offset")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
            CampaignLoader.LoadFile(provider.GetRequiredService<IOptions<CampaignOptions>>().Value.ResolvedPath));
        services.AddSingleton<DataCheck>();
        services.AddSingleton<QuestionAnswerer>();
        services.AddHostedService<CampaignStartupCheck>();
        return services;
    }
}
