using Microsoft.Identity.Client;

namespace CivilityBot.Protocol.Auth;

/// <summary>Client-credentials token from Entra ID (MultiTenant or SingleTenant app); MSAL caches and renews it.</summary>
internal sealed class ClientSecretTokenProvider : IConnectorTokenProvider
{
    private readonly string[] scopes;
    private readonly IConfidentialClientApplication application;

    public ClientSecretTokenProvider(BotOptions options, IMsalHttpClientFactory httpClientFactory)
    {
        var endpoints = options.ResolveEndpoints();
        var tenant = options.MicrosoftAppType == BotAppType.SingleTenant ? options.MicrosoftAppTenantId! : endpoints.LoginTenant;
        scopes = [endpoints.BotFrameworkScope];
        application = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithAuthority(new Uri(endpoints.LoginEndpoint, Uri.EscapeDataString(tenant)).AbsoluteUri)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithHttpClientFactory(httpClientFactory)
            .Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await application.AcquireTokenForClient(scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
