using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace CivilityBot.Protocol.Auth;

/// <summary>Token from the user-assigned managed identity whose client id is the bot's app id.</summary>
internal sealed class ManagedIdentityTokenProvider : IConnectorTokenProvider
{
    private readonly IManagedIdentityApplication application;
    private readonly string resource;

    public ManagedIdentityTokenProvider(BotOptions options, IMsalHttpClientFactory httpClientFactory)
    {
        resource = options.ResolveEndpoints().BotFrameworkResource;
        application = ManagedIdentityApplicationBuilder
            .Create(ManagedIdentityId.WithUserAssignedClientId(options.MicrosoftAppId))
            .WithHttpClientFactory(httpClientFactory)
            .Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await application
            .AcquireTokenForManagedIdentity(resource)
            .ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
