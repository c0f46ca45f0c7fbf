using System.Net;
using System.Net.Sockets;

namespace CivilityBot.Cluster.Tests;

/// <summary>Where the repository, the built bot and free loopback ports are.</summary>
internal static class ClusterPaths
{
    /// <summary>The folder holding CivilityBot.sln, found upwards from the test assembly.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The bot project folder: the content root of every started instance (appsettings, data/).</summary>
    public static string BotProject => Path.Combine(RepositoryRoot, "bot", "CivilityBot");

    /// <summary>
    /// The bot's build output in the configuration this test assembly was built in (the ProjectReference builds it
    /// first): …/tests/CivilityBot.Cluster.Tests/bin/{Configuration}/net10.0/ → bot/CivilityBot/bin/{Configuration}/net10.0/CivilityBot.dll.
    /// </summary>
    public static string BotAssembly
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var framework = output.Name;
            var configuration = output.Parent!.Name;
            var path = Path.Combine(BotProject, "bin", configuration, framework, "CivilityBot.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException($"the bot is not built at {path}", path);
        }
    }

    public static string ShippedCampaign => Path.Combine(BotProject, "data", "campaign.json");

    /// <summary>A loopback port nobody listens on at the moment of asking.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CivilityBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("CivilityBot.sln not found above " + AppContext.BaseDirectory);
    }
}
