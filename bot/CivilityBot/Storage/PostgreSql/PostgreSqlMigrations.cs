using DbUp;
using Npgsql;

namespace CivilityBot.Storage.PostgreSql;

/// <summary>
/// Versioned schema migrations: the embedded scripts <c>Storage/PostgreSql/Migrations/NNNN_*.sql</c>, applied in name order
/// by DbUp, which records each applied script in the table <c>schemaversions</c> and never runs it again. Several
/// instances starting at once queue on one session-level advisory lock (<c>pg_advisory_lock</c>), so exactly one
/// applies the scripts and the others find them applied.
/// </summary>
public static partial class PostgreSqlMigrations
{
    /// <summary>The advisory lock key held while migrating (any fixed bigint; "CivBot01" in ASCII).</summary>
    public const long LockKey = 0x4369764269743031;

    /// <summary>Applies the missing scripts; returns their names.</summary>
    /// <exception cref="InvalidOperationException">A script failed (the message names it and the server's error).</exception>
    public static IReadOnlyList<string> Run(NpgsqlDataSource dataSource, string connectionString, ILogger logger)
    {
        using var lockConnection = dataSource.OpenConnection();
        Execute(lockConnection, $"SELECT pg_advisory_lock({LockKey})");
        try
        {
            var result = DeployChanges.To
                .PostgresqlDatabase(connectionString)
                .WithScriptsEmbeddedInAssembly(typeof(PostgreSqlMigrations).Assembly, name => name.Contains(".Storage.PostgreSql.Migrations.", StringComparison.Ordinal))
                .JournalToPostgresqlTable("public", "schemaversions")
                .WithTransactionPerScript()
                .LogToNowhere()
                .Build()
                .PerformUpgrade();
            if (!result.Successful)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL migration {result.ErrorScript?.Name} failed: {result.Error?.Message}", result.Error);
            }

            var applied = result.Scripts.Select(script => script.Name).ToList();
            LogMigrated(logger, applied.Count, applied);
            return applied;
        }
        finally
        {
            Execute(lockConnection, $"SELECT pg_advisory_unlock({LockKey})");
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "PostgreSQL schema up to date; {Count} migration(s) applied now: {Scripts}")]
    private static partial void LogMigrated(ILogger logger, int count, IReadOnlyList<string> scripts);
}
