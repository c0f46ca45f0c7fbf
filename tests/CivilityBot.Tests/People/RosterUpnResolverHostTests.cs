using CivilityBot.People;
using CivilityBot.Tests.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CivilityBot.Tests.People;

public sealed class RosterUpnResolverHostTests
{
    [Fact]
    public void Graph_is_off_by_default_so_the_service_never_calls_the_directory()
    {
        using var app = new BotApplication();

        Assert.Null(app.Services.GetService<IUserDirectory>());
        Assert.False(app.Services.GetRequiredService<IAppInstaller>().IsAvailable);
        Assert.DoesNotContain(app.Services.GetServices<IHostedService>(), service => service is DirectorySyncService);
    }

    [Fact]
    public void Graph_enabled_uses_the_graph_directory_with_the_bots_credentials_when_its_own_are_empty()
    {
        using var app = new BotApplication(settings: new Dictionary<string, string?>
        {
            ["Graph:Enabled"] = "true",
            ["Bot:MicrosoftAppTenantId"] = "tenant-1",
            ["Bot:MicrosoftAppPassword"] = "secret",
            ["Graph:ClientId"] = "graph-app",
        });

        Assert.IsType<GraphUserDirectory>(app.Services.GetService<IUserDirectory>());
        Assert.Contains(app.Services.GetServices<IHostedService>(), service => service is DirectorySyncService);
    }
}
