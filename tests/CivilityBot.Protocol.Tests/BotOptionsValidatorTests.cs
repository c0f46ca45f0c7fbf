using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace CivilityBot.Protocol.Tests;

public sealed class BotOptionsValidatorTests
{
    [Theory]
    [InlineData("MultiTenant", "app", "secret", null, true)]
    [InlineData("MultiTenant", "app", null, null, false)]
    [InlineData("MultiTenant", null, null, null, true)]
    [InlineData("SingleTenant", "app", "secret", "tenant", true)]
    [InlineData("SingleTenant", "app", "secret", null, false)]
    [InlineData("SingleTenant", "app", null, "tenant", false)]
    [InlineData("UserAssignedMSI", "app", null, "tenant", true)]
    [InlineData("UserAssignedMSI", "app", "secret", "tenant", false)]
    [InlineData("UserAssignedMSI", null, null, "tenant", false)]
    public void Options_AreCheckedPerAppType(string appType, string? appId, string? password, string? tenant, bool valid)
    {
        var options = Resolve(new()
        {
            ["Bot:MicrosoftAppType"] = appType,
            ["Bot:MicrosoftAppId"] = appId,
            ["Bot:MicrosoftAppPassword"] = password,
            ["Bot:MicrosoftAppTenantId"] = tenant,
        });

        var exception = Record.Exception(() => options.Value);

        Assert.Equal(valid, exception is null);
    }

    [Fact]
    public void Options_HaveTheDocumentedDefaults()
    {
        var options = Resolve([]).Value;

        Assert.Equal(new Uri("https://login.botframework.com/v1/.well-known/openidconfiguration"), options.OpenIdMetadataUrl);
        Assert.Equal(262_144, options.MaxRequestBodyBytes);
        Assert.Equal(TimeSpan.FromMinutes(5), options.DeduplicationWindow);
        Assert.Equal(BotAppType.MultiTenant, options.MicrosoftAppType);
        Assert.Contains("https://smba.trafficmanager.net/teams/", options.AllowedServiceUrls);
    }

    [Fact]
    public void Options_RefuseAnHttpServiceUrlAllowlistEntry()
    {
        var options = Resolve(new() { ["Bot:AllowedServiceUrls:0"] = "http://smba.trafficmanager.net/teams/" });

        Assert.Throws<OptionsValidationException>(() => options.Value);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData(null)]
    public void Options_WithoutAppIdOutsideDevelopment_FailSayingWhatToSet(string? environment)
    {
        var options = Resolve([], environment);

        var error = Assert.Throws<OptionsValidationException>(() => options.Value);

        Assert.Contains("Bot:MicrosoftAppId is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_ENVIRONMENT=Development", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bot:AllowUnauthenticated=true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_WithoutAppIdInProductionWithTheOptIn_AreAccepted()
    {
        var options = Resolve(new() { ["Bot:AllowUnauthenticated"] = "true" }, "Production");

        Assert.True(options.Value.AllowUnauthenticated);
    }

    [Fact]
    public void Options_WithAppIdInProduction_AreAccepted()
    {
        var options = Resolve(new() { ["Bot:MicrosoftAppId"] = "app", ["Bot:MicrosoftAppPassword"] = "secret" }, "Production");

        Assert.Equal("app", options.Value.MicrosoftAppId);
    }

    private static IOptions<BotOptions> Resolve(Dictionary<string, string?> settings, string? environment = "Development")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        if (environment is not null)
        {
            services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment });
        }

        return services.AddBotProtocol(configuration).BuildServiceProvider().GetRequiredService<IOptions<BotOptions>>();
    }
}
