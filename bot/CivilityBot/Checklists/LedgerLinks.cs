using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using CivilityBot.Storage;
using LiteDB;
using Microsoft.Extensions.Options;

namespace CivilityBot.Checklists;

/// <summary>Issues unguessable, expiring download tokens (32 random bytes, base64url) and checks them.</summary>
public sealed class LedgerLinks
{
    private readonly ILiteCollection<LedgerLink> _links;
    private readonly TimeProvider _time;
    private readonly ChecklistOptions _options;

    public LedgerLinks(BotDatabase database, TimeProvider time, IOptions<ChecklistOptions> options)
    {
        _links = database.Collection<LedgerLink>("ledger_links");
        _links.EnsureIndex(link => link.ExpiresAt);
        (_time, _options) = (time, options.Value);
    }

    public (string Token, DateTimeOffset ExpiresAt) Create(string requestedBy)
    {
        var now = _time.GetUtcNow();
        _links.DeleteMany(link => link.ExpiresAt <= now);
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var expiresAt = now + _options.LedgerLinkLifetime;
        _links.Insert(new LedgerLink { Id = HashOf(token), RequestedBy = requestedBy, CreatedAt = now, ExpiresAt = expiresAt });
        return (token, expiresAt);
    }

    public bool IsValid(string token) =>
        token.Length == 43 && _links.FindById(HashOf(token)) is { } link && link.ExpiresAt > _time.GetUtcNow();

    /// <summary>The download address of a token: the public base URL plus /ledger/{token}.{extension}.</summary>
    public Uri UrlOf(string token, string extension) =>
        new(new Uri(_options.PublicBaseUrl.TrimEnd('/') + "/"), $"ledger/{token}.{extension}");

    private static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
