using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CivilityBot.Downloads;
using Microsoft.Extensions.Options;

namespace CivilityBot.Uploads;

/// <summary>
/// The one signer of upload links, for every <see cref="IUploadPurpose"/>. A token is
/// <c>base64url(payload).base64url(HMAC-SHA256(key, payload))</c> with payload
/// <c>purpose \n target \n person \n expiry (unix seconds) \n 8 random bytes</c>; nothing is stored when a link is made,
/// so every card carries fresh links at no cost. A link grants writing, so the first browser to open it claims it (a
/// cookie) and any other browser is refused. Tokens made before purposes existed (4 fields: sub-criterion, person,
/// expiry, nonce) still resolve, as evidence links.
/// </summary>
public sealed class UploadLinks(IUploadLinkStore store, TimeProvider time, IOptions<UploadOptions> options, IOptions<DownloadOptions> downloads)
{
    /// <summary>The route of the upload page, below the public base address (Downloads:PublicBaseUrl).</summary>
    public const string RoutePrefix = "upload/";

    /// <summary>Where evidence links pointed before the Uploads feature; still served, so cards already sent keep working.</summary>
    public const string LegacyRoutePrefix = "evidence/upload/";

    /// <summary>The purpose of 4-field tokens made before purposes existed.</summary>
    public const string LegacyPurpose = "evidence";

    private readonly Lazy<byte[]> _key = new(store.SigningKey);

    /// <summary>The absolute address of a new link for <paramref name="personName"/> to send files for <paramref name="purposeKey"/> and <paramref name="target"/>.</summary>
    public string Issue(string purposeKey, string target, string personName)
    {
        var expires = time.GetUtcNow() + options.Value.LinkLifetime;
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var payload = Encoding.UTF8.GetBytes(string.Join('\n', purposeKey, target, personName, expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), nonce));
        var token = Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key.Value, payload));
        return new Uri(new Uri(downloads.Value.PublicBaseUrl.TrimEnd('/') + "/"), RoutePrefix + token).AbsoluteUri;
    }

    /// <summary>What a token grants, or null when it is malformed, forged or expired.</summary>
    public UploadLink? Resolve(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 2 || token.Length > 2048
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
        if (fields.Length == 4)
        {
            fields = [LegacyPurpose, .. fields];
        }

        if (fields.Length != 5 || !long.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return null;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return expires > time.GetUtcNow() ? new UploadLink(fields[0], fields[1], fields[2], expires, HashOf(token)) : null;
    }

    /// <summary>
    /// True when the browser holding <paramref name="browserSecret"/> may use the link: it claimed the link, or nobody
    /// had (then it claims it now).
    /// </summary>
    public bool ClaimFor(UploadLink link, string browserSecret)
    {
        var now = time.GetUtcNow();
        store.DeleteExpired(now);
        var mine = HashOf(browserSecret);
        var claim = store.Claim(new UploadLinkClaim { Id = link.TokenHash, BrowserHash = mine, ClaimedAt = now, ExpiresAt = link.ExpiresAt });
        return claim.BrowserHash == mine;
    }

    /// <summary>The cookie that carries a browser's secret for one link (named after the link, so links do not clash).</summary>
    public static string CookieName(UploadLink link) => "ev_" + link.TokenHash[..16];

    /// <summary>32 random bytes, base64url: a browser's secret for one link.</summary>
    public static string NewBrowserSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    private static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
