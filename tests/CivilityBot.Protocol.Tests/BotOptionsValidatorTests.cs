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

        Assert.Equal(BotCloud.Public, options.Cloud);
        Assert.Equal(new Uri("https://login.botframework.com/v1/.well-known/openidconfiguration"), options.ResolveEndpoints().OpenIdMetadataUrl);
        Assert.Equal(262_144, options.MaxRequestBodyBytes);
        Assert.Equal(TimeSpan.FromMinutes(5), options.DeduplicationWindow);
        Assert.Equal(BotAppType.MultiTenant, options.MicrosoftAppType);
        Assert.Contains("https://smba.trafficmanager.net/teams/", options.ResolveEndpoints().TrustedServiceUrls);
        Assert.Equal("https://smba.trafficmanager.net/teams/", options.ResolveEndpoints().GlobalServiceUrl);
    }

    [Theory]
    [InlineData("Public", "https://login.botframework.com/v1/.well-known/openidconfiguration", "https://api.botframework.com/.default", "https://graph.microsoft.com/")]
    [InlineData("usgov", "https://login.botframework.azure.us/v1/.well-known/openidconfiguration", "https://api.botframework.us/.default", "https://graph.microsoft.us/")]
    [InlineData("USGovDoD", "https://login.botframework.azure.us/v1/.well-known/openidconfiguration", "https://api.botframework.us/.default", "https://dod-graph.microsoft.us/")]
    [InlineData("China", "https://login.botframework.azure.cn/v1/.well-known/openidconfiguration", "https://api.botframework.azure.cn/.default", "https://microsoftgraph.chinacloudapi.cn/")]
    public void ResolveEndpoints_OneCloudSetting_PicksEveryEndpoint(string cloud, string metadataUrl, string botScope, string graphRoot)
    {
        var endpoints = Resolve(new() { ["Bot:Cloud"] = cloud }).Value.ResolveEndpoints();

        Assert.Equal(new Uri(metadataUrl), endpoints.OpenIdMetadataUrl);
        Assert.Equal(botScope, endpoints.BotFrameworkScope);
        Assert.Equal(new Uri(graphRoot), endpoints.GraphBaseUrl);
        Assert.Equal(graphRoot + ".default", endpoints.GraphScope);
    }

    [Fact]
    public void ResolveEndpoints_China_HasNoPublicCloudEndpointAndNoGlobalServiceUrl()
    {
        var endpoints = Resolve(new() { ["Bot:Cloud"] = "China" }).Value.ResolveEndpoints();

        Assert.Equal("https://api.botframework.azure.cn", endpoints.ChannelTokenIssuer);
        Assert.Equal(new Uri("https://login.partner.microsoftonline.cn"), endpoints.LoginEndpoint);
        Assert.Equal("microsoftservices.partner.onmschina.cn", endpoints.LoginTenant);
        Assert.Equal(new Uri("https://token.botframework.azure.cn"), endpoints.TokenServiceUrl);
        Assert.Null(endpoints.GlobalServiceUrl);
        Assert.All(endpoints.TrustedServiceUrls, url => Assert.EndsWith(".cn", new Uri(url).Host, StringComparison.Ordinal));
    }

    [Fact]
    public void ResolveEndpoints_EachEndpointCanBeOverriddenAlone()
    {
        var endpoints = Resolve(new()
        {
            ["Bot:Cloud"] = "China",
            ["Bot:OpenIdMetadataUrl"] = "https://metadata.example.cn/openid",
            ["Bot:AllowedServiceUrls:0"] = "https://connector.example.cn/",
        }).Value.ResolveEndpoints();

        Assert.Equal(new Uri("https://metadata.example.cn/openid"), endpoints.OpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.azure.cn", endpoints.ChannelTokenIssuer);
        Assert.Contains("https://connector.example.cn/", endpoints.TrustedServiceUrls);
        Assert.Contains("https://frontend.botapi.msg.infra.teams.microsoftonline.cn/", endpoints.TrustedServiceUrls);
    }

    [Theory]
    [InlineData("Mars")]
    [InlineData("7")]
    public void Options_RefuseAnUnknownCloud(string cloud)
    {
        var options = Resolve(new() { ["Bot:Cloud"] = cloud });

        Assert.ThrowsAny<Exception>(() => options.Value);
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
