using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CivilityBot.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CivilityBot.Tests.Outreach;

/// <summary>
/// The Graph v1.0 REST shapes the bot uses, answered locally as the final HTTP handler under the real GraphServiceClient's
/// middleware: <c>GET /users/{upn}</c> (200 or 404), <c>GET /users?$filter=mail eq '…'</c>, <c>POST
/// /users/{id}/teamwork/installedApps</c> (201, 409, or 429 with Retry-After first), <c>GET
/// /users/{id}/teamwork/installedApps?$expand=teamsApp&amp;$filter=teamsApp/id eq '…'</c> and <c>GET
/// …/installedApps/{installationId}/chat</c>. Shapes per learn.microsoft.com/graph/api (user-get, user-list,
/// userteamwork-post-installedapps, userteamwork-list-installedapps, userscopeteamsappinstallation-get-chat).
/// </summary>
internal sealed partial class GraphStub(string catalogAppId) : HttpMessageHandler
{
    /// <summary>UPN → (object id, display name, department); a UPN not here is 404.</summary>
    public ConcurrentDictionary<string, (string Id, string Name, string Department)> Users { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Object ids that already have the app (POST answers 409).</summary>
    public ConcurrentDictionary<string, bool> Installed { get; } = new();

    /// <summary>Object ids whose first POST is throttled: 429 with <c>Retry-After: 1</c>.</summary>
    public ConcurrentDictionary<string, bool> ThrottleOnce { get; } = new();

    public ConcurrentQueue<(DateTimeOffset At, string Method, string Path, int Status)> Log { get; } = new();

    public ConcurrentQueue<string> InstallBodies { get; } = new();

    /// <summary>The settings that turn Graph on for a test host (directory sync and installation) with this stub's catalog id.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Graph:Enabled"] = "true",
        ["Graph:TenantId"] = "tenant-1",
        ["Graph:ClientId"] = "graph-app",
        ["Graph:ClientSecret"] = "not-used-by-the-stub",
        ["Graph:TeamsAppCatalogId"] = catalogAppId,
    };

    /// <summary>Points the host's real GraphServiceClient at this stub (no token: anonymous authentication).</summary>
    public void Serve(IServiceCollection services) =>
        services.AddSingleton(provider => GraphClients.Create(
            provider.GetRequiredService<IOptions<GraphOptions>>().Value, new Uri("https://graph.microsoft.com/"),
            new AnonymousAuthenticationProvider(), this));

    public static string ChatOf(string aadObjectId) => $"19:{aadObjectId}_bot@unq.gbl.spaces";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = Uri.UnescapeDataString(request.RequestUri!.AbsolutePath);
        var query = Uri.UnescapeDataString(request.RequestUri.Query);
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = Answer(request.Method, path, query, body);
        Log.Enqueue((DateTimeOffset.UtcNow, request.Method.Method, path, (int)response.StatusCode));
        return response;
    }

    private HttpResponseMessage Answer(HttpMethod method, string path, string query, string? body)
    {
        if (InstalledAppsPath().Match(path) is { Success: true } apps)
        {
            return Apps(method, apps.Groups["user"].Value, apps.Groups["installation"].Value, query, body);
        }

        if (method == HttpMethod.Get && path == "/v1.0/users")
        {
            return Json(HttpStatusCode.OK, new { value = Array.Empty<object>() });
        }

        if (method == HttpMethod.Get && path.StartsWith("/v1.0/users/", StringComparison.Ordinal)
            && Users.TryGetValue(path["/v1.0/users/".Length..], out var user))
        {
            return Json(HttpStatusCode.OK, new { id = user.Id, displayName = user.Name, department = user.Department });
        }

        return Error(HttpStatusCode.NotFound, "Request_ResourceNotFound");
    }

    private HttpResponseMessage Apps(HttpMethod method, string user, string installation, string query, string? body)
    {
        if (method == HttpMethod.Post)
        {
            InstallBodies.Enqueue(body ?? string.Empty);
            if (ThrottleOnce.TryRemove(user, out _))
            {
                var throttled = Error(HttpStatusCode.TooManyRequests, "TooManyRequests");
                throttled.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
                return throttled;
            }

            return Installed.TryAdd(user, true)
                ? new HttpResponseMessage(HttpStatusCode.Created)
                : Error(HttpStatusCode.Conflict, "Conflict");
        }

        if (installation.Length == 0)
        {
            var listed = Installed.ContainsKey(user) && query.Contains($"teamsApp/id eq '{catalogAppId}'", StringComparison.Ordinal)
                ? new[] { new { id = "inst-" + user } }
                : [];
            return Json(HttpStatusCode.OK, new { value = listed });
        }

        return installation == "inst-" + user ? Json(HttpStatusCode.OK, new { id = ChatOf(user) }) : Error(HttpStatusCode.NotFound, "NotFound");
    }

    private static HttpResponseMessage Json(HttpStatusCode status, object body) => new(status)
    {
        Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
    };

    private static HttpResponseMessage Error(HttpStatusCode status, string code) =>
        Json(status, new { error = new { code, message = code } });

    [GeneratedRegex(@"^/v1\.0/users/(?<user>[^/]+)/teamwork/installedApps(?:/(?<installation>[^/]+)/chat)?$")]
    private static partial Regex InstalledAppsPath();
}
