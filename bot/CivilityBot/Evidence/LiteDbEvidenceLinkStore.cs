using System.Security.Cryptography;
using CivilityBot.Storage;
using LiteDB;

namespace CivilityBot.Evidence;

public sealed class LiteDbEvidenceLinkStore : IEvidenceLinkStore
{
    private const string KeyId = "upload-links";
    private readonly BotDatabase _database;
    private readonly ILiteCollection<EvidenceLinkClaim> _claims;
    private readonly ILiteCollection<BsonDocument> _keys;
    private readonly Lock _gate = new();

    public LiteDbEvidenceLinkStore(BotDatabase database)
    {
        _database = database;
        _claims = database.Collection<EvidenceLinkClaim>("evidence_link_claims");
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

    public EvidenceLinkClaim Claim(EvidenceLinkClaim claim)
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
