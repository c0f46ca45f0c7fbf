using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CivilityBot.Protocol.Auth;

/// <summary>Picks the outbound token source from the configured app type.</summary>
internal static class ConnectorTokenProviderFactory
{
    public static IConnectorTokenProvider Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<BotOptions>>().Value;
        if (options.IsAuthenticationDisabled)
        {
            return new NoConnectorTokenProvider();
        }

        var httpClientFactory = services.GetRequiredService<MsalHttpClientFactory>();
        return options.MicrosoftAppType == BotAppType.UserAssignedMSI
            ? new ManagedIdentityTokenProvider(options, httpClientFactory)
            : new ClientSecretTokenProvider(options, httpClientFactory);
    }
}
