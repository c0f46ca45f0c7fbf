using CivilityBot.Storage.PostgreSql;
using Microsoft.Extensions.Logging.Abstractions;

namespace CivilityBot.Tests.Storage;

/// <summary>
/// A PostgreSQL database of its own (CREATE DATABASE on <see cref="PostgreSqlTestServer"/>), migrated, for one test class
/// (as an xunit class fixture) or one test; dropped afterwards. Classes run in parallel on their own databases.
/// </summary>
public sealed class PostgreSqlTestDatabase : IDisposable
{
    private readonly Lazy<PostgreSqlDatabase> _database;

    public PostgreSqlTestDatabase()
    {
        ConnectionString = PostgreSqlTestServer.CreateDatabase();
        _database = new(() => new PostgreSqlDatabase(ConnectionString, NullLogger<PostgreSqlDatabase>.Instance));
    }

    /// <summary>The connection string of this database.</summary>
    public string ConnectionString { get; }

    /// <summary>The bot's database object on it (schema migrated on first use).</summary>
    public PostgreSqlDatabase Database => _database.Value;

    /// <summary>Empties every table the bot owns (keeps the schema), so each test of a class starts clean.</summary>
    public void Truncate()
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            DO $$ DECLARE t text; BEGIN
              FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schemaversions' LOOP
                EXECUTE format('TRUNCATE TABLE %I RESTART IDENTITY CASCADE', t);
              END LOOP;
            END $$;
            """;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (_database.IsValueCreated)
        {
            _database.Value.Dispose();
        }

        PostgreSqlTestServer.DropDatabase(ConnectionString);
    }
}
