using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CivilityBot.Tests.Storage;

/// <summary>
/// The PostgreSQL server the tests use, shared by the whole test run: the server named by the environment variable
/// <see cref="EnvironmentVariable"/> (a connection string with the right to CREATE DATABASE), else a throwaway cluster
/// started here with Debian's binaries (<c>/usr/lib/postgresql/*/bin/initdb</c>, <c>pg_ctl</c>) in a temp folder on a free
/// port, run as the <c>postgres</c> user when the tests run as root, and stopped when the run ends. When neither works the
/// PostgreSQL tests fail with <see cref="Unavailable"/>: they are never skipped silently.
/// </summary>
internal static class PostgreSqlTestServer
{
    public const string EnvironmentVariable = "CIVILITYBOT_TEST_POSTGRES";

    private const string FolderPrefix = "civilitybot-pg-";

    private static readonly Lazy<string> Admin = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string to the server's <c>postgres</c> database with the right to create databases.</summary>
    /// <exception cref="InvalidOperationException">No server could be had (the message says how to provide one).</exception>
    public static string AdminConnectionString => Admin.Value;

    private static string Unavailable(string why) =>
        $"No PostgreSQL for the tests: {why}. Set {EnvironmentVariable} to a connection string of a server where the tests may "
        + "create databases (e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=…), or install Debian's postgresql package "
        + "so the tests can start a throwaway cluster themselves (as root they run it through `runuser -u postgres`).";

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given)
        {
            return given;
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).Order().LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException(Unavailable("no /usr/lib/postgresql/*/bin/initdb on this machine"));
        }

        var asRoot = Environment.UserName == "root";
        DeleteStoppedClusters();
        var folder = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        if (asRoot)
        {
            Run("chown", ["postgres", folder], asRoot: false);
        }

        var data = Path.Combine(folder, "data");
        var port = FreePort();
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"], asRoot);
        Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400", "start"], asRoot);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(bin, data, folder, asRoot);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    /// <summary>Creates an empty database of its own; returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var admin = AdminConnectionString;
        var name = $"civilitybot_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true, MaxPoolSize = 40 }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, closing whatever still uses it.</summary>
    public static void DropDatabase(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    private static void Stop(string bin, string data, string folder, bool asRoot)
    {
        try
        {
            Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], asRoot);
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // The run is ending; a leftover temp folder is all that can go wrong.
        }
    }

    /// <summary>
    /// Earlier runs' clusters that are stopped (no postmaster.pid) and older than ten minutes: the exit handler stops a
    /// cluster, but the test host may end before it has deleted the folder.
    /// </summary>
    private static void DeleteStoppedClusters()
    {
        foreach (var old in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            if (!File.Exists(Path.Combine(old, "data", "postmaster.pid")) && Directory.GetCreationTimeUtc(old) < DateTime.UtcNow.AddMinutes(-10))
            {
                try
                {
                    Directory.Delete(old, recursive: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Someone else's or still in use: leave it.
                }
            }
        }
    }

    private static void Run(string file, IReadOnlyList<string> arguments, bool asRoot)
    {
        var start = new ProcessStartInfo(asRoot ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asRoot)
        {
            foreach (var argument in (string[])["-u", "postgres", "--", file])
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(Unavailable($"could not run {file}"));
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException(Unavailable($"{file} {string.Join(' ', arguments)} failed: {output} {errors.Result}"));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
