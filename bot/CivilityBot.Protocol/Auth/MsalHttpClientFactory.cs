using Microsoft.Identity.Client;

namespace CivilityBot.Protocol.Auth;

/// <summary>Routes MSAL's HTTP through the named client <see cref="BotHttpClientNames.TokenService"/>, so hosts and tests can replace it.</summary>
internal sealed class MsalHttpClientFactory : IMsalHttpClientFactory
{
    private readonly IHttpClientFactory httpClientFactory;

    public MsalHttpClientFactory(IHttpClientFactory httpClientFactory) => this.httpClientFactory = httpClientFactory;

    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(BotHttpClientNames.TokenService);
}
