namespace CivilityBot.Protocol.Auth;

/// <summary>
/// What a channel token proved once its signature, issuer, audience and lifetime checked out. The channel reuses
/// one token for many requests, so this is cached by the exact token text; the per-activity checks (endorsement
/// for the channel, serviceurl) still run on every request.
/// </summary>
internal sealed record ValidatedToken(
    string Issuer,
    string? Audience,
    string KeyId,
    string? ServiceUrl,
    DateTime NotBefore,
    DateTime ExpiresAt,
    ChannelMetadata Metadata);
