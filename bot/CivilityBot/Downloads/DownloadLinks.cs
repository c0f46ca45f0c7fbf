using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CivilityBot.Downloads;

/// <summary>
/// Issues unguessable, expiring download links (32 random bytes, base64url) and resolves them. The store keeps only the
/// SHA-256 of a token; the token itself lives in the link and, for <see cref="Share"/>, in this process's memory.
/// </summary>
public sealed class DownloadLinks(IDownloadLinkStore store, TimeProvider time, IOptions<DownloadOptions> options)
{
    public const string RoutePrefix = "downloads/";

    /// <summary>Base64url without padding of 32 bytes.</summary>
    private const int TokenLength = 43;

    private readonly ConcurrentDictionary<(string Kind, string? SubjectId), IssuedDownload> _shared = new();

    private TimeSpan Lifetime => options.Value.LinkLifetime;

    /// <summary>A new link to <paramref name="subjectId"/> of <paramref name="kind"/>, working for the configured lifetime.</summary>
    public IssuedDownload Issue(string kind, string? subjectId, string requestedBy)
    {
        var now = time.GetUtcNow();
        store.DeleteExpired(now);
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var link = new DownloadLink
        {
            Id = HashOf(token),
            Kind = kind,
            SubjectId = subjectId,
            RequestedBy = requestedBy,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        store.Insert(link);
        return new IssuedDownload(UrlOf(token, DownloadFormat.Xlsx), UrlOf(token, DownloadFormat.Csv), link.ExpiresAt)
        {
            ZipUrl = UrlOf(token, DownloadFormat.Zip),
        };
    }

    /// <summary>
    /// <see cref="Issue"/>, except that a link this process issued for the same subject is handed out again while more than
    /// half of its life is left, so a card rebuilt often does not mint a new link each time.
    /// </summary>
    public IssuedDownload Share(string kind, string? subjectId, string requestedBy)
    {
        var halfLife = time.GetUtcNow() + Lifetime / 2;
        if (_shared.TryGetValue((kind, subjectId), out var shared) && shared.ExpiresAt > halfLife)
        {
            return shared;
        }

        foreach (var stale in _shared.Where(pair => pair.Value.ExpiresAt <= halfLife))
        {
            _shared.TryRemove(stale);
        }

        return _shared[(kind, subjectId)] = Issue(kind, subjectId, requestedBy);
    }

    /// <summary>The link a token opens, or null when the token is malformed, unknown or expired.</summary>
    public DownloadLink? Resolve(string token) =>
        IsWellFormed(token) && store.Find(HashOf(token)) is { } link && link.ExpiresAt > time.GetUtcNow() ? link : null;

    private string UrlOf(string token, DownloadFormat format) =>
        new Uri(new Uri(options.Value.PublicBaseUrl.TrimEnd('/') + "/"), $"{RoutePrefix}{token}.{DownloadFormats.ExtensionOf(format)}").AbsoluteUri;

    private static bool IsWellFormed(string token) =>
        token.Length == TokenLength && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
