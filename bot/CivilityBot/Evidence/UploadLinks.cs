using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CivilityBot.Downloads;
using Microsoft.Extensions.Options;

namespace CivilityBot.Evidence;

/// <summary>
/// Signed, short-lived upload links bound to one person and one sub-criterion. A token is
/// <c>base64url(payload).base64url(HMAC-SHA256(key, payload))</c> with payload
/// <c>sub-criterion \n person \n expiry (unix seconds) \n 8 random bytes</c>; nothing is stored when a card is built, so
/// every card carries fresh links at no cost. Unlike download links, an upload link grants writing, so the first
/// browser to open it claims it (a cookie) and any other browser is refused.
/// </summary>
public sealed class UploadLinks(IEvidenceLinkStore store, TimeProvider time, IOptions<EvidenceOptions> options, IOptions<DownloadOptions> downloads)
{
    public const string RoutePrefix = "evidence/upload/";

    private readonly Lazy<byte[]> _key = new(store.SigningKey);

    /// <summary>The absolute address of a new link for <paramref name="personName"/> and <paramref name="subCriterionId"/>.</summary>
    public string Issue(string subCriterionId, string personName)
    {
        var expires = time.GetUtcNow() + options.Value.LinkLifetime;
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var payload = Encoding.UTF8.GetBytes(string.Join('\n', subCriterionId, personName, expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), nonce));
        var token = Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key.Value, payload));
        return new Uri(new Uri(downloads.Value.PublicBaseUrl.TrimEnd('/') + "/"), RoutePrefix + token).AbsoluteUri;
    }

    /// <summary>What a token grants, or null when it is malformed, forged or expired.</summary>
    public UploadLink? Resolve(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 2 || token.Length > 1024
            || !Base64Url.IsValid(parts[0]) || !Base64Url.IsValid(parts[1]))
        {
            return null;
        }

        var payload = Base64Url.DecodeFromChars(parts[0]);
        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(_key.Value, payload), Base64Url.DecodeFromChars(parts[1])))
        {
            return null;
        }

        var fields = Encoding.UTF8.GetString(payload).Split('\n');
        if (fields.Length != 4 || !long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return null;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return expires > time.GetUtcNow() ? new UploadLink(fields[0], fields[1], expires, HashOf(token)) : null;
    }

    /// <summary>
    /// True when the browser holding <paramref name="browserSecret"/> may use the link: it claimed the link, or nobody
    /// had (then it claims it now). A null secret never matches an existing claim.
    /// </summary>
    public bool ClaimFor(UploadLink link, string browserSecret)
    {
        var now = time.GetUtcNow();
        store.DeleteExpired(now);
        var mine = HashOf(browserSecret);
        var claim = store.Claim(new EvidenceLinkClaim { Id = link.TokenHash, BrowserHash = mine, ClaimedAt = now, ExpiresAt = link.ExpiresAt });
        return claim.BrowserHash == mine;
    }

    /// <summary>The cookie that carries a browser's secret for one link (named after the link, so links do not clash).</summary>
    public static string CookieName(UploadLink link) => "ev_" + link.TokenHash[..16];

    public static string NewBrowserSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    private static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
