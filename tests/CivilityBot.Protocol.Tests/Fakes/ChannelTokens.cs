using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CivilityBot.Protocol.Tests.Fakes;

/// <summary>Builds signed (or deliberately broken) JWTs shaped like the channel's.</summary>
public static class ChannelTokens
{
    public static string Create(ChannelKey key, DateTimeOffset now, TokenSpec spec) =>
        Create(new SigningCredentials(key.SecurityKey, spec.Algorithm), now, spec);

    public static string Create(SigningCredentials credentials, DateTimeOffset now, TokenSpec spec)
    {
        var claims = new Dictionary<string, object>(spec.Claims);
        if (spec.ServiceUrl is not null)
        {
            claims["serviceurl"] = spec.ServiceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            NotBefore = (now + spec.NotBeforeOffset).UtcDateTime,
            Expires = (now + spec.ExpiresOffset).UtcDateTime,
            IssuedAt = (now + spec.NotBeforeOffset).UtcDateTime,
            Claims = claims,
            SigningCredentials = credentials,
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) carrying the channel key's id.</summary>
    public static string Unsigned(string keyId, DateTimeOffset now, TokenSpec spec)
    {
        var header = new Dictionary<string, object> { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = keyId };
        var payload = new Dictionary<string, object>(spec.Claims)
        {
            ["iss"] = spec.Issuer!,
            ["aud"] = spec.Audience!,
            ["serviceurl"] = spec.ServiceUrl!,
            ["nbf"] = (now + spec.NotBeforeOffset).ToUnixTimeSeconds(),
            ["exp"] = (now + spec.ExpiresOffset).ToUnixTimeSeconds(),
        };
        return $"{Encode(header)}.{Encode(payload)}.";
    }

    /// <summary>The token with its payload swapped for <paramref name="payload"/>, keeping the original signature.</summary>
    public static string WithPayload(string token, Dictionary<string, object> payload)
    {
        var parts = token.Split('.');
        return $"{parts[0]}.{Encode(payload)}.{parts[2]}";
    }

    public static Dictionary<string, object> ReadPayload(string token)
    {
        var json = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(token.Split('.')[1]));
        return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!
            .ToDictionary(p => p.Key, p => (object)p.Value);
    }

    private static string Encode(object value) => Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(value));
}
