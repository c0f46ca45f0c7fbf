using CivilityBot.Protocol.Hosting;
using CivilityBot.Storage;
using CivilityBot.Storage.PostgreSql;
using Npgsql;
using static CivilityBot.Storage.PostgreSql.PostgreSqlRows;

namespace CivilityBot.Conversations;

/// <summary>
/// <see cref="IActivityClaims"/> on PostgreSQL (table <c>activity_claims</c>): the first instance to insert an activity's key
/// runs the turn; an insert that meets an unexpired key changes nothing and returns no row (<c>ON CONFLICT … DO UPDATE … WHERE
/// expired</c>). Expired keys are deleted every <see cref="PruneEvery"/> claims. In a request that asked for it
/// (<see cref="PostgreSqlStoreVersions.WantsOffer"/>), the same round trip reads every store version for the turn's pin.
/// </summary>
public sealed class PostgreSqlActivityClaims(PostgreSqlDatabase database, IStoreVersions? versions = null) : IActivityClaims
{
    /// <summary>How many claims between two deletions of expired keys.</summary>
    public const int PruneEvery = 1000;

    private readonly PostgreSqlStoreVersions? _versions = versions as PostgreSqlStoreVersions;
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

        await using var batch = new NpgsqlBatch(connection);
        var claim = new NpgsqlBatchCommand(
            "INSERT INTO activity_claims (key, expires_at) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE "
            + "SET expires_at = excluded.expires_at WHERE activity_claims.expires_at <= $3 RETURNING 1");
        claim.Parameters.Add(new NpgsqlParameter { Value = ToGuid(key) });
        claim.Parameters.Add(new NpgsqlParameter { Value = Utc(expiresAt) });
        claim.Parameters.Add(new NpgsqlParameter { Value = Utc(now) });
        batch.BatchCommands.Add(claim);
        var offer = _versions is { WantsOffer: true };
        if (offer)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(PostgreSqlStoreVersions.ReadAllSql));
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var claimed = await reader.ReadAsync(cancellationToken);
        if (offer && claimed)
        {
            await reader.NextResultAsync(cancellationToken);
            var read = new Dictionary<string, long>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                read[reader.GetString(0)] = reader.GetInt64(1);
            }

            _versions!.Offer(read);
        }

        return claimed;
    }

    private static Guid ToGuid(UInt128 key)
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(bytes, key);
        return new Guid(bytes);
    }
}
