using System.Net;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;

namespace CivilityBot.People;

/// <summary><see cref="IUserDirectory"/> over Microsoft Graph (GET /users/{upn}?$select=id).</summary>
public sealed class GraphUserDirectory(GraphServiceClient client) : IUserDirectory, IDisposable
{
    private static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    /// <summary>An app-only client with the client secret of <paramref name="options"/>.</summary>
    public static GraphUserDirectory Create(GraphOptions options)
    {
        var credential = new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
        return new GraphUserDirectory(new GraphServiceClient(credential, Scopes));
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
