using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CivilityBot.Protocol.Tests.Fakes;

/// <summary>A locally generated RSA signing key as the channel would publish it, with its endorsements.</summary>
public sealed class ChannelKey : IDisposable
{
    // Generating RSA keys is slow; tests that only need "the channel's key" share one.
    private static readonly Lazy<RSA> SharedRsa = new(() => RSA.Create(2048));
    private readonly bool ownsRsa;

    public ChannelKey(string keyId, params string[]? endorsements)
        : this(keyId, RSA.Create(2048), endorsements)
    {
        ownsRsa = true;
    }

    private ChannelKey(string keyId, RSA rsa, string[]? endorsements)
    {
        KeyId = keyId;
        Rsa = rsa;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    /// <summary>Channels the key is endorsed for; null means the JWKS entry has no endorsements member.</summary>
    public string[]? Endorsements { get; }

    public RSA Rsa { get; }

    public RsaSecurityKey SecurityKey => new(Rsa) { KeyId = KeyId };

    public Dictionary<string, object> ToJwk()
    {
        var parameters = Rsa.ExportParameters(false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = Endorsements;
        }

        return jwk;
    }

    public static ChannelKey Shared(string keyId, params string[]? endorsements) => new(keyId, SharedRsa.Value, endorsements);

    public void Dispose()
    {
        if (ownsRsa)
        {
            Rsa.Dispose();
        }
    }
}
