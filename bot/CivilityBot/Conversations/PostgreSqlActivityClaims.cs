using CivilityBot.Protocol.Hosting;
using CivilityBot.Storage.PostgreSql;
using Npgsql;
using static CivilityBot.Storage.PostgreSql.PostgreSqlRows;

namespace CivilityBot.Conversations;

/// <summary>
/// <see cref="IActivityClaims"/> on PostgreSQL (table <c>activity_claims</c>): the first instance to insert an activity's key
/// runs the turn; an insert that meets an unexpired key changes nothing and returns no row (<c>ON CONFLICT … DO UPDATE … WHERE
/// expired</c>). Expired keys are deleted every <see cref="PruneEvery"/> claims.
/// </summary>
public sealed class PostgreSqlActivityClaims(PostgreSqlDatabase database) : IActivityClaims
{
    /// <summary>How many claims between two deletions of expired keys.</summary>
    public const int PruneEvery = 1000;

    private int _claims;

    public async ValueTask<bool> TryClaimAsync(UInt128 key, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        if (Interlocked.Increment(ref _claims) % PruneEvery == 0)
        {
            await using var prune = new NpgsqlCommand("DELETE FROM activity_claims WHERE expires_at <= @now", connection);
            prune.Parameters.AddWithValue("now", Utc(now));
            await prune.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand(
            "INSERT INTO activity_claims (key, expires_at) VALUES (@key, @expiresAt) ON CONFLICT (key) DO UPDATE "
            + "SET expires_at = excluded.expires_at WHERE activity_claims.expires_at <= @now RETURNING 1", connection);
        command.Parameters.AddWithValue("key", ToGuid(key));
        command.Parameters.AddWithValue("expiresAt", Utc(expiresAt));
        command.Parameters.AddWithValue("now", Utc(now));
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static Guid ToGuid(UInt128 key)
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(bytes, key);
        return new Guid(bytes);
    }
}
