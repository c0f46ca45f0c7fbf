using Dapper;
using Npgsql;

namespace CivilityBot.Storage.PostgreSql;

/// <summary>
/// A version number per cached store (table <c>store_versions</c>): a writer bumps it in the transaction of its change, a
/// reader that keeps data in memory compares it (one indexed row, one round trip) before trusting its copy. So a change
/// made by one instance is seen by the next read on every other instance.
/// </summary>
public static class StoreVersions
{
    /// <summary>The current version of <paramref name="name"/>; 0 when it was never written.</summary>
    public static long Read(NpgsqlConnection connection, string name) =>
        connection.ExecuteScalar<long?>("SELECT version FROM store_versions WHERE name = @name", new { name }) ?? 0;

    /// <summary>Increments the version of <paramref name="name"/> inside <paramref name="transaction"/>; returns the new one.</summary>
    public static long Bump(NpgsqlConnection connection, NpgsqlTransaction transaction, string name) =>
        connection.ExecuteScalar<long>(
            "INSERT INTO store_versions (name, version) VALUES (@name, 1) "
            + "ON CONFLICT (name) DO UPDATE SET version = store_versions.version + 1 RETURNING version",
            new { name }, transaction);
}
