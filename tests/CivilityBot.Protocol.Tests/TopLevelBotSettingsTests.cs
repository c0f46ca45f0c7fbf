using CivilityBot.Protocol.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CivilityBot.Protocol.Tests;

/// <summary>Issue 9.2: the top-level MicrosoftApp… keys Azure templates write, beside the Bot: ones.</summary>
public sealed class TopLevelBotSettingsTests
{
    [Fact]
    public void Options_TopLevelKeysOnly_AreUsed()
    {
        var options = Resolve(new()
        {
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = "tenant",
        }).Value;

        Assert.Equal("app", options.MicrosoftAppId);
        Assert.Equal("secret", options.MicrosoftAppPassword);
        Assert.Equal(BotAppType.SingleTenant, options.MicrosoftAppType);
        Assert.Equal("tenant", options.MicrosoftAppTenantId);
    }

    [Theory]
    [InlineData("MicrosoftAppId", "app", "other-app")]
    [InlineData("MicrosoftAppPassword", "secret", "other-secret")]
    [InlineData("MicrosoftAppTenantId", "tenant", "other-tenant")]
    [InlineData("MicrosoftAppType", "MultiTenant", "SingleTenant")]
    public void Options_BothKeysSetAndDifferent_FailNamingBothKeys(string key, string nested, string topLevel)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppId"] = "app",
            ["Bot:MicrosoftAppPassword"] = "secret",
            ["Bot:MicrosoftAppTenantId"] = "tenant",
            ["Bot:MicrosoftAppType"] = "MultiTenant",
            ["Bot:" + key] = nested,
            [key] = topLevel,
        };

        var error = Assert.Throws<OptionsValidationException>(() => Resolve(settings).Value);

        Assert.Contains($"Bot:{key} and {key} are both set and differ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("other-secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_BothKeysSetAndEqual_AreAccepted()
    {
        var options = Resolve(new()
        {
            ["Bot:MicrosoftAppId"] = "APP",
            ["MicrosoftAppId"] = "app",
            ["Bot:MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppPassword"] = "secret",
        }).Value;

        Assert.Equal("APP", options.MicrosoftAppId);
    }

    [Fact]
    public void Options_EmptyTopLevelKeysAsTemplatesWriteThem_AreIgnored()
    {
        var options = Resolve(new()
        {
            ["Bot:MicrosoftAppId"] = "app",
            ["Bot:MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppType"] = "",
        }).Value;

        Assert.Equal(BotAppType.MultiTenant, options.MicrosoftAppType);
    }

    [Theory]
    [InlineData("MicrosoftAppTenantId")]
    [InlineData("Bot:MicrosoftAppTenantId")]
    public void Options_TenantIdAndNoType_AreSingleTenant(string tenantKey)
    {
        var options = Resolve(new() { ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "secret", [tenantKey] = "tenant" }).Value;

        Assert.Equal(BotAppType.SingleTenant, options.MicrosoftAppType);
    }

    [Fact]
    public void Options_AnUnknownTopLevelType_FailNamingIt()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            Resolve(new() { ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "secret", ["MicrosoftAppType"] = "Personal" }).Value);

        Assert.Contains("MicrosoftAppType 'Personal'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_up_says_when_a_tenant_id_made_the_bot_single_tenant()
    {
        await using var host = await BotTestHost.StartAsync(h =>
        {
            h.Settings.Remove("Bot:MicrosoftAppId");
            h.Settings["MicrosoftAppId"] = BotTestHost.AppId;
            h.Settings["MicrosoftAppTenantId"] = TestActivities.TenantId;
        });

        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Information
            && e.Message.Contains("taken to be SingleTenant", StringComparison.Ordinal));
    }

    private static IOptions<BotOptions> Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging()
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = "Production" })
            .AddBotProtocol(configuration).BuildServiceProvider().GetRequiredService<IOptions<BotOptions>>();
    }
}
