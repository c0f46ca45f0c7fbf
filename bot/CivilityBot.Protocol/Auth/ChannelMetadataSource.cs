using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CivilityBot.Protocol.Auth;

/// <summary>
/// Caches the channel's OpenID metadata, signing keys and key endorsements as one snapshot.
/// IdentityModel 8's ConfigurationManager refreshes on a background thread after RequestRefresh, so an
/// unknown key id could not be retried against the new keys in the same request; this cache refreshes
/// inline instead, with the same intervals (12 h automatic, forced at most every 5 min).
/// </summary>
internal sealed partial class ChannelMetadataSource : IDisposable
{
    private static readonly TimeSpan FailureBackoff = TimeSpan.FromSeconds(10);

    private readonly IHttpClientFactory httpClientFactory;
    private readonly Uri metadataUrl;
    private readonly TimeProvider time;
    private readonly ILogger<ChannelMetadataSource> logger;
    private readonly SemaphoreSlim fetchLock = new(1, 1);
    private volatile CacheState state = new(null, DateTimeOffset.MinValue);
    private DateTimeOffset lastForcedRefreshAt = DateTimeOffset.MinValue;

    public ChannelMetadataSource(
        IHttpClientFactory httpClientFactory,
        IOptions<BotOptions> options,
        TimeProvider time,
        ILogger<ChannelMetadataSource> logger)
    {
        this.httpClientFactory = httpClientFactory;
        metadataUrl = options.Value.ResolveEndpoints().OpenIdMetadataUrl;
        this.time = time;
        this.logger = logger;
    }

    public void Dispose() => fetchLock.Dispose();

    /// <summary>The cached snapshot, re-read when it is older than the refresh interval.</summary>
    public ValueTask<ChannelMetadata> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = state;
        return snapshot.Metadata is not null && time.GetUtcNow() < snapshot.RefreshDueAt
            ? ValueTask.FromResult(snapshot.Metadata)
            : new ValueTask<ChannelMetadata>(RefreshAsync(forced: false, cancellationToken));
    }

    /// <summary>Re-reads the keys now (an unknown key id was seen), unless that was done moments ago.</summary>
    public Task<ChannelMetadata> RefreshAsync(CancellationToken cancellationToken) =>
        RefreshAsync(forced: true, cancellationToken);

    private async Task<ChannelMetadata> RefreshAsync(bool forced, CancellationToken cancellationToken)
    {
        await fetchLock.WaitAsync(cancellationToken);
        try
        {
            var snapshot = state;
            if (!NeedsFetch(snapshot, forced))
            {
                return snapshot.Metadata ?? throw new SecurityTokenException("Channel signing keys are unavailable.");
            }

            return await FetchIntoCacheAsync(snapshot, forced, cancellationToken);
        }
        finally
        {
            fetchLock.Release();
        }
    }

    private bool NeedsFetch(CacheState snapshot, bool forced)
    {
        var now = time.GetUtcNow();
        if (!forced)
        {
            return now >= snapshot.RefreshDueAt;
        }

        // Also covers concurrent requests with the same unknown key: the first one refreshes, the rest reuse it.
        return now - lastForcedRefreshAt >= AuthenticationConstants.MetadataMinimumRefreshInterval;
    }

    private async Task<ChannelMetadata> FetchIntoCacheAsync(CacheState snapshot, bool forced, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (forced)
        {
            lastForcedRefreshAt = now;
        }

        try
        {
            var metadata = await FetchAsync(now, cancellationToken);
            state = new CacheState(metadata, now + AuthenticationConstants.MetadataRefreshInterval);
            LogKeysLoaded(logger, metadata.KeysById.Count, metadataUrl);
            return metadata;
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or ArgumentException or InvalidOperationException)
        {
            var retryAt = now + (snapshot.Metadata is null ? FailureBackoff : AuthenticationConstants.MetadataMinimumRefreshInterval);
            state = snapshot with { RefreshDueAt = retryAt };
            LogKeysUnavailable(logger, ex, metadataUrl);
            return snapshot.Metadata ?? throw new SecurityTokenException("Channel signing keys are unavailable.", ex);
        }
    }

    private async Task<ChannelMetadata> FetchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(BotHttpClientNames.OpenIdMetadata);
        var configuration = OpenIdConnectConfiguration.Create(await http.GetStringAsync(metadataUrl, cancellationToken));
        if (!Uri.TryCreate(configuration.JwksUri, UriKind.Absolute, out var jwksUri) || jwksUri.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException("The OpenID metadata has no https jwks_uri.");
        }

        var jwksJson = await http.GetStringAsync(jwksUri, cancellationToken);
        return new ChannelMetadata(ReadKeys(jwksJson), ReadEndorsements(jwksJson), now);
    }

    private static Dictionary<string, SecurityKey> ReadKeys(string jwksJson)
    {
        var keys = new Dictionary<string, SecurityKey>(StringComparer.Ordinal);
        foreach (var key in new JsonWebKeySet(jwksJson).GetSigningKeys())
        {
            if (!string.IsNullOrEmpty(key.KeyId))
            {
                keys.TryAdd(key.KeyId, key);
            }
        }

        return keys;
    }

    // The endorsements member is not standard JWKS, so IdentityModel does not surface it.
    private static Dictionary<string, HashSet<string>> ReadEndorsements(string jwksJson)
    {
        var endorsements = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwksJson);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return endorsements;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind == JsonValueKind.Object
                && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[kid.GetString()!] = ReadStrings(list);
            }
        }

        return endorsements;
    }

    private static HashSet<string> ReadStrings(JsonElement array)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                values.Add(item.GetString()!);
            }
        }

        return values;
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Loaded {KeyCount} channel signing keys from {MetadataUrl}")]
    private static partial void LogKeysLoaded(ILogger logger, int keyCount, Uri metadataUrl);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Could not load channel signing keys from {MetadataUrl}")]
    private static partial void LogKeysUnavailable(ILogger logger, Exception exception, Uri metadataUrl);

    private sealed record CacheState(ChannelMetadata? Metadata, DateTimeOffset RefreshDueAt);
}
