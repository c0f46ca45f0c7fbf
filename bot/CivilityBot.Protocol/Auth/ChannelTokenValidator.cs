using System.Collections.Concurrent;
using System.Net;
using CivilityBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CivilityBot.Protocol.Auth;

/// <summary>
/// Checks an inbound request the way the Bot Framework channel path does (protocol doc §2.2): issuer, signature,
/// algorithm, lifetime, audience, key endorsement for the channel, and the serviceurl claim. Skill and emulator
/// tokens are refused. Without an app id only loopback callers without a token, naming an http(s) loopback serviceUrl, get through.
/// </summary>
internal sealed partial class ChannelTokenValidator
{
    private const int MaxCachedTokens = 1024;
    private readonly JsonWebTokenHandler handler = new();
    private readonly ConcurrentDictionary<string, ValidatedToken> validatedTokens = new(StringComparer.Ordinal);
    private readonly ChannelMetadataSource metadataSource;
    private readonly BotOptions options;
    private readonly BotCloudEndpoints endpoints;
    private readonly TimeProvider time;
    private readonly ILogger<ChannelTokenValidator> logger;
    private volatile ParametersForMetadata? parameters;

    public ChannelTokenValidator(
        ChannelMetadataSource metadataSource,
        IOptions<BotOptions> options,
        TimeProvider time,
        ILogger<ChannelTokenValidator> logger)
    {
        this.metadataSource = metadataSource;
        this.options = options.Value;
        endpoints = this.options.ResolveEndpoints();
        this.time = time;
        this.logger = logger;
    }

    public async ValueTask<AuthenticationResult> AuthenticateAsync(
        string? authorization, Activity activity, IPAddress? remoteAddress, CancellationToken cancellationToken)
    {
        if (options.IsAuthenticationDisabled)
        {
            return AuthenticateAnonymous(authorization, activity, remoteAddress);
        }

        if (!TokenShape.TryReadBearer(authorization, out var token))
        {
            return Fail("No or malformed Authorization header", activity);
        }

        if (string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(activity.ChannelId))
        {
            return Fail("Activity has no serviceUrl or channelId", activity);
        }

        try
        {
            var metadata = await metadataSource.GetAsync(cancellationToken);
            var validated = validatedTokens.TryGetValue(token, out var cached) && IsStillValid(cached, metadata)
                ? cached
                : await ValidateAsync(token, metadata, activity, cancellationToken);
            return validated is null ? AuthenticationResult.Fail("Token refused") : CheckActivity(validated, activity);
        }
        catch (SecurityTokenException)
        {
            return Fail("Channel signing keys are unavailable", activity);
        }
    }

    private async Task<ValidatedToken?> ValidateAsync(
        string token, ChannelMetadata metadata, Activity activity, CancellationToken cancellationToken)
    {
        JsonWebToken jwt;
        try
        {
            jwt = handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            Fail("Token is not a readable JWT", activity);
            return null;
        }

        if (PreCheck(jwt) is { } reason)
        {
            Fail(reason, activity, Describe(jwt, metadata));
            return null;
        }

        if (!metadata.KeysById.ContainsKey(jwt.Kid))
        {
            metadata = await metadataSource.RefreshAsync(cancellationToken);
            if (!metadata.KeysById.ContainsKey(jwt.Kid))
            {
                Fail("Unknown signing key id", activity, Describe(jwt, metadata));
                return null;
            }
        }

        var result = await handler.ValidateTokenAsync(jwt, ParametersFor(metadata));
        if (!result.IsValid)
        {
            Fail(result.Exception?.Message ?? "Token is not valid", activity, Describe(jwt, metadata));
            return null;
        }

        return Remember(token, Describe(jwt, metadata));
    }

    private string? PreCheck(JsonWebToken jwt)
    {
        if (TokenShape.IsSkillToken(jwt))
        {
            return "Skill token (this bot is not a skill)";
        }

        if (!string.Equals(jwt.Issuer, endpoints.ChannelTokenIssuer, StringComparison.Ordinal))
        {
            return "Issuer is not the Bot Framework channel";
        }

        if (!AuthenticationConstants.AllowedSigningAlgorithms.Contains(jwt.Alg))
        {
            return "Signing algorithm not allowed";
        }

        return string.IsNullOrEmpty(jwt.Kid) ? "Token has no key id" : null;
    }

    private AuthenticationResult CheckActivity(ValidatedToken token, Activity activity)
    {
        if (!token.Metadata.EndorsementsByKeyId.TryGetValue(token.KeyId, out var endorsements))
        {
            return Fail("Could not validate endorsement key", activity, token);
        }

        if (!endorsements.Contains(activity.ChannelId!))
        {
            return Fail("Signing key is not endorsed for the channel", activity, token);
        }

        return !string.IsNullOrWhiteSpace(token.ServiceUrl)
            && string.Equals(token.ServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            ? AuthenticationResult.Channel(endpoints.ChannelCallerId)
            : Fail("serviceurl claim does not match the activity", activity, token);
    }

    private AuthenticationResult AuthenticateAnonymous(string? authorization, Activity activity, IPAddress? remoteAddress)
    {
        if (!string.IsNullOrWhiteSpace(authorization))
        {
            return Fail("A token was sent but no app id is configured", activity);
        }

        if (remoteAddress is null || !IPAddress.IsLoopback(remoteAddress))
        {
            return Fail("Anonymous request from a non-loopback peer", activity);
        }

        return LoopbackServiceUrl.IsLoopbackHttp(activity.ServiceUrl)
            ? AuthenticationResult.Anonymous
            : Fail("Anonymous request whose serviceUrl is not loopback", activity);
    }

    private ValidatedToken Remember(string token, ValidatedToken validated)
    {
        // New tokens are rare (the channel renews about hourly), so an occasional full reset keeps this bounded.
        if (validatedTokens.Count >= MaxCachedTokens)
        {
            validatedTokens.Clear();
        }

        validatedTokens[token] = validated;
        return validated;
    }

    private bool IsStillValid(ValidatedToken token, ChannelMetadata current) =>
        ReferenceEquals(token.Metadata, current) && IsWithinLifetime(token.NotBefore, token.ExpiresAt);

    private static ValidatedToken Describe(JsonWebToken jwt, ChannelMetadata metadata)
    {
        jwt.TryGetPayloadValue<string>(AuthenticationConstants.ServiceUrlClaim, out var serviceUrl);
        return new ValidatedToken(
            jwt.Issuer, jwt.Audiences.FirstOrDefault(), jwt.Kid, serviceUrl, jwt.ValidFrom, jwt.ValidTo, metadata);
    }

    private TokenValidationParameters ParametersFor(ChannelMetadata metadata)
    {
        var cached = parameters;
        if (cached is not null && ReferenceEquals(cached.Metadata, metadata))
        {
            return cached.Parameters;
        }

        var built = new TokenValidationParameters
        {
            ValidIssuer = endpoints.ChannelTokenIssuer,
            ValidAudience = options.MicrosoftAppId,
            ValidAlgorithms = AuthenticationConstants.AllowedSigningAlgorithms,
            IssuerSigningKeys = metadata.KeysById.Values,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = AuthenticationConstants.ClockSkew,
            LifetimeValidator = IsWithinLifetime,
        };
        parameters = new ParametersForMetadata(metadata, built);
        return built;
    }

    // IdentityModel reads the system clock; this keeps "now" on the injected TimeProvider.
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters validation) =>
        IsWithinLifetime(notBefore, expires);

    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var skew = AuthenticationConstants.ClockSkew;
        return expires is { } expiresAt && expiresAt != DateTime.MinValue && expiresAt >= now - skew
            && (notBefore is not { } notBeforeAt || notBeforeAt <= now + skew);
    }

    private AuthenticationResult Fail(string reason, Activity activity, ValidatedToken? token = null)
    {
        if (token is null)
        {
            LogRejected(logger, reason, activity.ChannelId, activity.ServiceUrl);
        }
        else
        {
            LogTokenRejected(logger, reason, token.Issuer, token.Audience, token.KeyId, token.ExpiresAt, activity.ChannelId, activity.ServiceUrl);
        }

        return AuthenticationResult.Fail(reason);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "Refused inbound activity: {Reason} (channel {ChannelId}, serviceUrl {ServiceUrl})")]
    private static partial void LogRejected(ILogger logger, string reason, string? channelId, string? serviceUrl);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "Refused inbound token: {Reason} (iss {Issuer}, aud {Audience}, kid {KeyId}, exp {ExpiresAt:o}, channel {ChannelId}, serviceUrl {ServiceUrl})")]
    private static partial void LogTokenRejected(
        ILogger logger, string reason, string? issuer, string? audience, string? keyId, DateTime expiresAt, string? channelId, string? serviceUrl);

    private sealed record ParametersForMetadata(ChannelMetadata Metadata, TokenValidationParameters Parameters);
}
