using System.Globalization;
using CivilityBot.Tests.Simulator;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Cluster.Tests;

/// <summary>
/// N bot instances on one PostgreSQL database (a new one on the test run's server) behind nginx, all talking to one simulated Teams connector: the
/// deployment of issue 12 on one machine. Every instance runs the same build with the same settings; only the port
/// differs. <see cref="TeamsClient"/> reaches them through nginx.
/// </summary>
internal sealed class BotCluster : IAsyncDisposable
{
    private readonly List<BotInstance> _instances = [];
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private string? _database;
    private SimulatorServer? _simulator;
    private NginxBalancer? _nginx;
    private string? _folder;

    public IReadOnlyList<BotInstance> Instances => _instances;

    public TeamsConnectorSimulator Connector => _simulator!.Simulator;

    public TeamsClient Teams { get; private set; } = null!;

    /// <summary>What every instance printed lately, for failure messages.</summary>
    public string Output => string.Join("\n", _instances.Select(instance => instance.Output));

    /// <param name="instances">How many bot processes.</param>
    /// <param name="people">Generated roster people (巡查员001…) on top of the shipped roster.</param>
    /// <param name="limits">The simulated Teams' rate limits (Teams: 50 requests/s for the app, shared by all instances).</param>
    /// <param name="settings">Extra settings for every instance (Section__Key = value).</param>
    public static async Task<BotCluster> StartAsync(
        int instances, int people, SimulatorLimits limits, IReadOnlyDictionary<string, string>? settings, CancellationToken cancellationToken)
    {
        var cluster = new BotCluster();
        try
        {
            cluster._folder = Directory.CreateTempSubdirectory("civilitybot-cluster-").FullName;
            cluster._database = PostgreSqlTestServer.CreateDatabase();
            cluster._simulator = await SimulatorServer.StartAsync(limits);
            var balancerPort = ClusterPaths.FreePort();
            var environment = new Dictionary<string, string>
            {
                // Links the bot gives (downloads, uploads) point at nginx, as they would point at the load balancer.
                ["Downloads__PublicBaseUrl"] = $"http://127.0.0.1:{balancerPort}",
                // Development: no Bot Framework token on loopback, and loopback service URLs are trusted.
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Bot__MicrosoftAppId"] = string.Empty,
                ["Storage__Provider"] = "PostgreSql",
                ["Storage__ConnectionString"] = cluster._database,
                ["Storage__Path"] = Path.Combine(cluster._folder, "unused.db"),
                ["Campaign__Path"] = ClusterCampaign.Write(cluster._folder, people),
                ["People__BootstrapCoordinators__0"] = ClusterUser.Coordinator.AadObjectId,
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__CivilityBot"] = "Warning",
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                environment[key] = value;
            }

            // One at a time: the first one migrates the schema, the others find it done.
            for (var i = 1; i <= instances; i++)
            {
                cluster._instances.Add(await BotInstance.StartAsync("instance " + i.ToString(CultureInfo.InvariantCulture), environment, cancellationToken));
            }

            cluster._nginx = await NginxBalancer.StartAsync(cluster._instances, balancerPort, cancellationToken);
            cluster.Teams = new TeamsClient(cluster._http, cluster._nginx.Url, cluster._simulator.ServiceUrl);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>GETs a link the bot gave (a download), through nginx.</summary>
    public Task<byte[]> DownloadAsync(string url, CancellationToken cancellationToken) => _http.GetByteArrayAsync(new Uri(url), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_nginx is not null)
        {
            await _nginx.DisposeAsync();
        }

        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }

        if (_database is not null)
        {
            PostgreSqlTestServer.DropDatabase(_database);
        }

        _http.Dispose();
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
