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

    [Theory]
    [InlineData("Public", "", UnavailableAppInstaller.NoCatalogId)]
    [InlineData("China", "catalog-1", UnavailableAppInstaller.ChinaCloud)]
    public void Graph_without_a_catalog_id_or_in_21Vianet_does_not_install_and_says_why(string cloud, string catalogId, string reason)
    {
        using var app = new BotApplication(settings: new Dictionary<string, string?>
        {
            ["Graph:Enabled"] = "true",
            ["Graph:TenantId"] = "tenant-1",
            ["Graph:ClientId"] = "graph-app",
            ["Graph:ClientSecret"] = "secret",
            ["Graph:TeamsAppCatalogId"] = catalogId,
            ["Bot:Cloud"] = cloud,
        });

        var installer = app.Services.GetRequiredService<IAppInstaller>();

        Assert.False(installer.IsAvailable);
        Assert.Equal(reason, installer.UnavailableReason);
    }

    [Fact]
    public void Graph_with_a_catalog_id_installs_through_graph()
    {
        using var app = new BotApplication(settings: new Dictionary<string, string?>
        {
            ["Graph:Enabled"] = "true",
            ["Graph:TenantId"] = "tenant-1",
            ["Graph:ClientId"] = "graph-app",
            ["Graph:ClientSecret"] = "secret",
            ["Graph:TeamsAppCatalogId"] = "catalog-1",
        });

        Assert.IsType<GraphAppInstaller>(app.Services.GetRequiredService<IAppInstaller>());
    }
}
