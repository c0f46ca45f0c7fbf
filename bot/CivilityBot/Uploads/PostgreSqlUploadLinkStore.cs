using System.Security.Cryptography;
using CivilityBot.Storage.PostgreSql;
using Dapper;
using static CivilityBot.Storage.PostgreSql.PostgreSqlRows;

namespace CivilityBot.Uploads;

/// <summary>
/// The upload-link signing key and link claims on PostgreSQL (tables <c>evidence_keys</c>, <c>evidence_link_claims</c>).
/// Both are first-writer-wins inserts (<c>ON CONFLICT DO NOTHING</c>), so every instance signs with the same key and a link
/// is claimed by one browser however many instances see it.
/// </summary>
public sealed class PostgreSqlUploadLinkStore(PostgreSqlDatabase database) : IUploadLinkStore
{
    private const string KeyId = "upload-links";

    public byte[] SigningKey()
    {
        using var connection = database.Open();
        connection.Execute("INSERT INTO evidence_keys (id, key) VALUES (@id, @key) ON CONFLICT (id) DO NOTHING",
            new { id = KeyId, key = RandomNumberGenerator.GetBytes(32) });
        return connection.QuerySingle<byte[]>("SELECT key FROM evidence_keys WHERE id = @id", new { id = KeyId });
    }

    public UploadLinkClaim Claim(UploadLinkClaim claim)
    {
        using var connection = database.Open();
        connection.Execute("INSERT INTO evidence_link_claims (id, expires_at, doc) VALUES (@Id, @expiresAt, @doc::jsonb) ON CONFLICT (id) DO NOTHING",
            new { claim.Id, expiresAt = Utc(claim.ExpiresAt), doc = JsonDocuments.Write(claim) });
        return JsonDocuments.Read<UploadLinkClaim>(
            connection.QuerySingle<string>("SELECT doc::text FROM evidence_link_claims WHERE id = @Id", new { claim.Id }));
    }

    public int DeleteExpired(DateTimeOffset now)
    {
        using var connection = database.Open();
        return connection.Execute("DELETE FROM evidence_link_claims WHERE expires_at <= @now", new { now = Utc(now) });
    }
}
