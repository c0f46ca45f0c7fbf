using System.Net;
using System.Text.Json;

namespace CivilityBot.Protocol.Tests.Fakes;

/// <summary>Entra ID token endpoint and managed-identity endpoint answers, as MSAL expects them.</summary>
public static class FakeEntra
{
    private static int tokensIssued;

    public static HttpResponseMessage Respond(RecordedRequest request)
    {
        if (request.Uri.AbsolutePath.EndsWith("/discovery/instance", StringComparison.Ordinal))
        {
            return FakeHttpHandler.Json(HttpStatusCode.OK, """
                {"tenant_discovery_endpoint":"https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
                 "api-version":"1.1",
                 "metadata":[{"preferred_network":"login.microsoftonline.com","preferred_cache":"login.windows.net",
                 "aliases":["login.microsoftonline.com","login.windows.net","login.microsoft.com","sts.windows.net"]}]}
                """);
        }

        var token = "bot-token-" + Interlocked.Increment(ref tokensIssued);
        if (request.Uri.AbsolutePath.Contains("/metadata/identity/", StringComparison.Ordinal))
        {
            var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
            return FakeHttpHandler.Json(HttpStatusCode.OK, JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["access_token"] = token,
                ["expires_on"] = expiresOn.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["resource"] = "https://api.botframework.com",
                ["token_type"] = "Bearer",
                ["client_id"] = BotTestHost.AppId,
            }));
        }

        return FakeHttpHandler.Json(HttpStatusCode.OK, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["ext_expires_in"] = 3600,
            ["access_token"] = token,
        }));
    }
}
