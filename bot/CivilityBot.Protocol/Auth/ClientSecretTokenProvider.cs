using Microsoft.Identity.Client;

namespace CivilityBot.Protocol.Auth;

/// <summary>Client-credentials token from Entra ID (MultiTenant or SingleTenant app); MSAL caches and renews it.</summary>
internal sealed class ClientSecretTokenProvider : IConnectorTokenProvider
{
    private static readonly string[] Scopes = [AuthenticationConstants.BotFrameworkScope];
    private readonly IConfidentialClientApplication application;

    public ClientSecretTokenProvider(BotOptions options, IMsalHttpClientFactory httpClientFactory)
    {
        var tenant = options.MicrosoftAppType == BotAppType.SingleTenant
            ? options.MicrosoftAppTenantId!
            : AuthenticationConstants.MultiTenantAuthorityTenant;
        application = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithAuthority(AuthenticationConstants.EntraAuthorityHost + tenant)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithHttpClientFactory(httpClientFactory)
            .Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await application.AcquireTokenForClient(Scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
