using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace CivilityBot.Protocol.Tests.Fakes;

/// <summary>The Bot Framework OpenID metadata and JWKS (with endorsements), served from memory.</summary>
public sealed class FakeChannelMetadata : IDisposable
{
    public const string MetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string JwksUrl = "https://login.botframework.com/v1/.well-known/keys";

    private readonly ConcurrentDictionary<string, ChannelKey> published = new();

    public FakeChannelMetadata()
    {
        Handler = new FakeHttpHandler(Respond);
        Publish(DefaultKey);
    }

    public ChannelKey DefaultKey { get; } = ChannelKey.Shared("channel-key-1", "msteams", "webchat");

    public FakeHttpHandler Handler { get; }

    public int JwksRequests => Handler.Requests.Count(r => r.Uri.AbsoluteUri == JwksUrl);

    public void Publish(ChannelKey key) => published[key.KeyId] = key;

    public void Dispose() => DefaultKey.Dispose();

    private HttpResponseMessage Respond(RecordedRequest request) => request.Uri.AbsoluteUri switch
    {
        MetadataUrl => FakeHttpHandler.Json(HttpStatusCode.OK, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["issuer"] = "https://api.botframework.com",
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = JwksUrl,
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        })),
        JwksUrl => FakeHttpHandler.Json(HttpStatusCode.OK, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["keys"] = published.Values.Select(k => k.ToJwk()).ToArray(),
        })),
        _ => new HttpResponseMessage(HttpStatusCode.NotFound),
    };
}
