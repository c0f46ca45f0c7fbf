using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using CivilityBot.Protocol;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace CivilityBot.People;

/// <summary>
/// The app-only <see cref="GraphServiceClient"/>: a client-secret or certificate credential signing in at the cloud's
/// login endpoint, calling the cloud's Graph root + <c>/v1.0</c> (e.g. 21Vianet's
/// <c>https://microsoftgraph.chinacloudapi.cn/v1.0</c>), through Graph's default middleware. That middleware's
/// RetryHandler (Microsoft.Kiota.Http.HttpClientLibrary) retries 429, 503 and 504 after the delay the
/// <c>Retry-After</c> header gives (exponential back-off without one), <see cref="GraphOptions.MaxRetries"/> times.
/// </summary>
public static class GraphClients
{
    /// <summary>The production client: the options' credential, the cloud's login endpoint and Graph root.</summary>
    public static GraphServiceClient Create(GraphOptions options, BotCloudEndpoints cloud)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(cloud);
        return new GraphServiceClient(Http(options, null), Credential(options, cloud), [cloud.GraphScope], BaseUrl(cloud.GraphBaseUrl));
    }

    /// <summary>
    /// The same client and middleware with another sign-in and network: tests give a local stub as
    /// <paramref name="transport"/> and an anonymous <paramref name="authentication"/>.
    /// </summary>
    public static GraphServiceClient Create(
        GraphOptions options, Uri graphBaseUrl, IAuthenticationProvider authentication, HttpMessageHandler? transport)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(graphBaseUrl);
        return new GraphServiceClient(Http(options, transport), authentication, BaseUrl(graphBaseUrl));
    }

    private static HttpClient Http(GraphOptions options, HttpMessageHandler? transport)
    {
        var retry = new RetryHandlerOption { MaxRetry = options.MaxRetries };
        var handlers = GraphClientFactory.CreateDefaultHandlers()
            .Select(handler => handler is RetryHandler ? new RetryHandler(retry) : handler).ToList();
        return GraphClientFactory.Create(handlers, finalHandler: transport);
    }

    private static string BaseUrl(Uri graphRoot) => new Uri(graphRoot, "v1.0").AbsoluteUri;

    private static TokenCredential Credential(GraphOptions options, BotCloudEndpoints cloud)
    {
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(
                options.CertificatePath, string.IsNullOrEmpty(options.CertificatePassword) ? null : options.CertificatePassword);
            return new ClientCertificateCredential(
                options.TenantId, options.ClientId, certificate,
                new ClientCertificateCredentialOptions { AuthorityHost = cloud.LoginEndpoint });
        }

        return new ClientSecretCredential(
            options.TenantId, options.ClientId, options.ClientSecret,
            new ClientSecretCredentialOptions { AuthorityHost = cloud.LoginEndpoint });
    }
}
