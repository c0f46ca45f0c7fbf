using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace CivilityBot.Protocol.Tests.Fakes;

/// <summary>
/// The Bot Framework OpenID metadata and JWKS (with endorsements) of one cloud, served from memory at that cloud's
/// metadata URL only, so a bot that reads another cloud's metadata finds no keys.
/// </summary>
public sealed class FakeChannelMetadata : IDisposable
{
    private readonly ConcurrentDictionary<string, ChannelKey> published = new();
    private readonly string issuer;

    public FakeChannelMetadata(BotCloudEndpoints cloud)
    {
        MetadataUrl = cloud.OpenIdMetadataUrl.AbsoluteUri;
        JwksUrl = new Uri(cloud.OpenIdMetadataUrl, "keys").AbsoluteUri;
        issuer = cloud.ChannelTokenIssuer;
        Handler = new FakeHttpHandler(Respond);
        Publish(DefaultKey);
    }

    public string MetadataUrl { get; }

    public string JwksUrl { get; }

    public ChannelKey DefaultKey { get; } = ChannelKey.Shared("channel-key-1", "msteams", "webchat");

    public FakeHttpHandler Handler { get; }

    public int JwksRequests => Handler.Requests.Count(r => r.Uri.AbsoluteUri == JwksUrl);

    public void Publish(ChannelKey key) => published[key.KeyId] = key;

    public void Dispose() => DefaultKey.Dispose();

    private HttpResponseMessage Respond(RecordedRequest request)
    {
        if (request.Uri.AbsoluteUri == MetadataUrl)
        {
            return FakeHttpHandler.Json(HttpStatusCode.OK, JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["issuer"] = issuer,
                ["authorization_endpoint"] = "https://invalid.botframework.com",
                ["jwks_uri"] = JwksUrl,
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            }));
        }

        return request.Uri.AbsoluteUri == JwksUrl
            ? FakeHttpHandler.Json(HttpStatusCode.OK, JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["keys"] = published.Values.Select(k => k.ToJwk()).ToArray(),
            }))
            : new HttpResponseMessage(HttpStatusCode.NotFound);
    }
}
