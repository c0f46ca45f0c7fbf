using Npgsql;

namespace CivilityBot.Cluster.Tests;

/// <summary>
/// A fresh PostgreSQL database for one scenario, made on the server that <c>CIVILITYBOT_TEST_POSTGRES</c> names (a
/// connection string with the right to create databases; <c>.ci/run</c> starts a throwaway cluster and sets it), and
/// dropped afterwards.
/// </summary>
internal sealed class ClusterDatabase : IAsyncDisposable
{
    public const string ServerVariable = "CIVILITYBOT_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _name;

    private ClusterDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<ClusterDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{ServerVariable} is not set: the multi-instance scenarios need a PostgreSQL server, e.g. " +
                $"{ServerVariable}='Host=127.0.0.1;Port=5432;Username=postgres' (.ci/run starts one and sets it).");
        }

        var name = "cluster_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(cancellationToken);
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
        return new ClusterDatabase(server, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
