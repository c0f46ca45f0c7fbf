using System.Net;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;

namespace CivilityBot.People;

/// <summary>
/// <see cref="IUserDirectory"/> over Microsoft Graph v1.0 (application permission User.Read.All):
/// <c>GET /users/{upn}?$select=id,displayName,department</c> (404 = no such UPN), then
/// <c>GET /users?$filter=mail eq '{mail}'&amp;$select=…&amp;$top=2</c> for an address that is only an e-mail.
/// Source: learn.microsoft.com/graph/api/user-get and user-list ($filter on mail is a default-supported query).
/// </summary>
public sealed class GraphUserDirectory(GraphServiceClient client) : IUserDirectory
{
    private static readonly string[] Fields = ["id", "displayName", "department"];

    public async Task<DirectoryLookup> LookupAsync(string upnOrMail, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(upnOrMail);
        var address = upnOrMail.Trim();
        try
        {
            var user = await client.Users[address].GetAsync(request => request.QueryParameters.Select = Fields, ct);
            if (user?.Id is { Length: > 0 } id)
            {
                return DirectoryLookup.Found(new DirectoryUser(id, user.DisplayName, user.Department));
            }
        }
        catch (ApiException exception) when (exception.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            // Not a UPN: try it as an e-mail below.
        }

        return await LookupByMailAsync(address, ct);
    }

    private async Task<DirectoryLookup> LookupByMailAsync(string mail, CancellationToken ct)
    {
        var page = await client.Users.GetAsync(request =>
        {
            request.QueryParameters.Filter = $"mail eq '{mail.Replace("'", "''", StringComparison.Ordinal)}'";
            request.QueryParameters.Select = Fields;
            request.QueryParameters.Top = 2;
        }, ct);
        var users = page?.Value?.Where(user => !string.IsNullOrEmpty(user.Id)).ToList() ?? [];
        return users.Count switch
        {
            0 => DirectoryLookup.NotFound,
            1 => DirectoryLookup.Found(new DirectoryUser(users[0].Id!, users[0].DisplayName, users[0].Department)),
            var count => DirectoryLookup.Ambiguous(count),
        };
    }
}
