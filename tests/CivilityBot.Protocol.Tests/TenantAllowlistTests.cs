using System.Net;
using CivilityBot.Protocol.Tests.Fakes;

namespace CivilityBot.Protocol.Tests;

/// <summary>With Bot:AllowedTenants set, other organisations' Teams users cannot use the bot.</summary>
public sealed class TenantAllowlistTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() =>
        host = await BotTestHost.StartAsync(h => h.Settings["Bot:AllowedTenants:0"] = TestActivities.TenantId.ToUpperInvariant());

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Our_tenant_is_served()
    {
        var response = await host.PostWithTokenAsync(TestActivities.Message());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Another_tenant_is_refused_403_without_a_turn()
    {
        var activity = TestActivities.Message();
        activity["conversation"]!["tenantId"] = "00000000-0000-0000-0000-000000000bad";

        var response = await host.PostWithTokenAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, host.Bot.CallCount);
    }

    [Fact]
    public async Task An_activity_naming_no_tenant_is_refused()
    {
        var activity = TestActivities.Message();
        activity["conversation"]!.AsObject().Remove("tenantId");
        activity.Remove("channelData");

        var response = await host.PostWithTokenAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
