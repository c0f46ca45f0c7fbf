using System.Security.Cryptography;
using CivilityBot.Storage;
using LiteDB;

namespace CivilityBot.Uploads;

/// <summary>
/// Upload link key and claims in LiteDB. The collections keep the names they had when only evidence had upload links
/// (<c>evidence_keys</c>, <c>evidence_link_claims</c>), so links on cards sent before the Uploads feature keep working.
/// </summary>
public sealed class LiteDbUploadLinkStore : IUploadLinkStore
{
    private const string KeyId = "upload-links";
    private readonly BotDatabase _database;
    private readonly ILiteCollection<UploadLinkClaim> _claims;
    private readonly ILiteCollection<BsonDocument> _keys;
    private readonly Lock _gate = new();

    public LiteDbUploadLinkStore(BotDatabase database)
    {
        _database = database;
        _claims = database.Collection<UploadLinkClaim>("evidence_link_claims");
        _claims.EnsureIndex(claim => claim.ExpiresAt);
        _keys = database.Collection<BsonDocument>("evidence_keys");
    }

    public byte[] SigningKey()
    {
        lock (_gate)
        {
            if (_keys.FindById(KeyId) is { } stored)
            {
                return stored["key"].AsBinary;
            }

            var key = RandomNumberGenerator.GetBytes(32);
            _keys.Insert(new BsonDocument { ["_id"] = KeyId, ["key"] = key });
            return key;
        }
    }

    public UploadLinkClaim Claim(UploadLinkClaim claim)
    {
        lock (_gate)
        {
            return _database.InTransaction(() =>
            {
                if (_claims.FindById(claim.Id) is { } existing)
                {
                    return existing;
                }

                _claims.Insert(claim);
                return claim;
            });
        }
    }

    public int DeleteExpired(DateTimeOffset now) => _claims.DeleteMany(claim => claim.ExpiresAt <= now);
}
