using CivilityBot.Protocol.Auth;
using CivilityBot.Protocol.Hosting;
using CivilityBot.Protocol.Pacing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CivilityBot.Protocol;

public static class BotProtocolServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Bot Framework layer: options (section <c>Bot</c>, or the top-level <c>MicrosoftApp…</c> keys of Azure
    /// templates; validated at start-up), inbound authentication, de-duplication, serviceUrl trust and the
    /// <see cref="IConnectorClient"/> with its retries, token and pacing (section <c>ConnectorPacing</c>).
    /// The bot adds its own <see cref="IActivityHandler"/> singleton.
    /// </summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>()
            .Bind(configuration.GetSection(BotOptions.SectionName))
            .Configure(options => TopLevelBotSettings.Apply(configuration, options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IServiceUrlTrust, InMemoryServiceUrlTrust>();
        services.AddHttpClient(BotHttpClientNames.OpenIdMetadata);
        services.AddHttpClient(BotHttpClientNames.TokenService);
        services.TryAddSingleton<ChannelMetadataSource>();
        services.TryAddSingleton<ChannelTokenValidator>();
        services.TryAddSingleton<MsalHttpClientFactory>();
        services.TryAddSingleton(ConnectorTokenProviderFactory.Create);
        services.TryAddTransient<ConnectorTokenHandler>();
        services.TryAddSingleton<ActivityDeduplicator>();
        services.TryAddSingleton<IActivityClaims, SingleInstanceActivityClaims>();
        services.TryAddSingleton<BotMessageEndpoint>();
        AddConnector(services, configuration);
        return services;
    }

    /// <summary>
    /// The connector's HTTP pipeline: retries outermost, so each attempt gets a fresh token, a fresh trust check and its
    /// own place in the pacing (Teams counts every request, retries included, against its rate limits).
    /// </summary>
    private static void AddConnector(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConnectorPacingOptions>().Bind(configuration.GetSection(ConnectorPacingOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ConversationSpacing>();
        services.TryAddSingleton<ConnectorPacer>();
        services.TryAddTransient<ConnectorPacingHandler>();
        var connector = services.AddHttpClient<IConnectorClient, ConnectorClient>(BotHttpClientNames.Connector);
        connector.AddResilienceHandler(BotHttpClientNames.Connector, ConnectorResilience.Configure);
        connector.AddHttpMessageHandler<ConnectorTokenHandler>();
        connector.AddHttpMessageHandler<ConnectorPacingHandler>();
    }
}
