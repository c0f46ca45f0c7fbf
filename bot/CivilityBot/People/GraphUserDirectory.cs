using System.Net;
using Azure.Identity;
using CivilityBot.Protocol;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;

namespace CivilityBot.People;

/// <summary><see cref="IUserDirectory"/> over Microsoft Graph (GET /users/{upn}?$select=id).</summary>
public sealed class GraphUserDirectory(GraphServiceClient client) : IUserDirectory, IDisposable
{
    /// <summary>
    /// An app-only client with the client secret of <paramref name="options"/>, signing in at the cloud's login endpoint
    /// and calling its Graph root (<see cref="BotCloudEndpoints.GraphBaseUrl"/> + <c>/v1.0</c>, e.g. 21Vianet's
    /// <c>https://microsoftgraph.chinacloudapi.cn/v1.0</c>).
    /// </summary>
    public static GraphUserDirectory Create(GraphOptions options, BotCloudEndpoints cloud)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(cloud);
        var credential = new ClientSecretCredential(
            options.TenantId, options.ClientId, options.ClientSecret,
            new ClientSecretCredentialOptions { AuthorityHost = cloud.LoginEndpoint });
        var baseUrl = new Uri(cloud.GraphBaseUrl, "v1.0").AbsoluteUri;
        return new GraphUserDirectory(new GraphServiceClient(credential, [cloud.GraphScope], baseUrl));
    }

    public async Task<string?> FindObjectIdByUpnAsync(string upn, CancellationToken ct)
    {
        try
        {
            var user = await client.Users[upn].GetAsync(request => request.QueryParameters.Select = ["id"], ct);
            return user?.Id;
        }
        catch (ApiException exception) when (exception.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public void Dispose() => client.Dispose();
}
