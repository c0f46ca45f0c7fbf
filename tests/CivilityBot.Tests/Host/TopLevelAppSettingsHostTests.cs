using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CivilityBot.Tests.Host;

/// <summary>Issue 9.2: the service started with the keys an Azure Bot Service template writes.</summary>
public sealed class TopLevelAppSettingsHostTests
{
    private readonly TestUser _user = TestUser.Named("测试用户");

    [Fact]
    public async Task A_top_level_MicrosoftAppId_alone_turns_authentication_on_so_an_unauthenticated_request_gets_401()
    {
        using var app = new BotApplication(settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "secret",
        })
        {
            EnvironmentName = "Production",
        };

        using var response = await app.PostAsync(app.Message("帮助", _user));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(app.Connector.Calls);
    }

    [Fact]
    public async Task The_keys_an_Azure_template_writes_for_a_single_tenant_bot_start_the_service_beside_appsettings_json()
    {
        using var app = new BotApplication(settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
        })
        {
            EnvironmentName = "Production",
        };

        using var response = await app.PostAsync(app.Message("帮助", _user));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var options = app.Services.GetRequiredService<IOptions<CivilityBot.Protocol.BotOptions>>().Value;
        Assert.Equal(CivilityBot.Protocol.BotAppType.SingleTenant, options.MicrosoftAppType);
    }

    [Fact]
    public void Different_app_ids_under_both_keys_stop_start_up_naming_both_keys()
    {
        using var app = new BotApplication(settings: new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppId"] = "99999999-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "secret",
        });

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Bot:MicrosoftAppId and MicrosoftAppId are both set and differ", error.Message, StringComparison.Ordinal);
    }
}
