using System.Web;
using CivilityBot.Protocol.Schema;
using CivilityBot.Protocol.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CivilityBot.Protocol.Tests;

/// <summary>Protocol doc §3.1 and §6 item 20: the bot's outbound token, per app type.</summary>
public sealed class ConnectorTokenTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/teams/";
    private const string ChinaServiceUrl = "https://frontend.botapi.msg.infra.teams.microsoftonline.cn/";

    [Fact]
    public async Task A_multi_tenant_bot_asks_the_botframework_com_authority_once_and_reuses_the_token()
    {
        await using var harness = ConnectorTestServices.Create();

        await SendTwiceAsync(harness);

        var tokenRequest = Assert.Single(harness.TokenService.Requests, r => r.Method == HttpMethod.Post);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", tokenRequest.Uri.GetLeftPart(UriPartial.Path));
        AssertClientCredentialsForm(tokenRequest.Body!);
        AssertBothCallsCarry(harness, AuthorizationOf(harness));
    }

    [Fact]
    public async Task A_single_tenant_bot_asks_its_own_tenant()
    {
        await using var harness = ConnectorTestServices.Create(h =>
        {
            h.Settings["Bot:MicrosoftAppType"] = "SingleTenant";
            h.Settings["Bot:MicrosoftAppTenantId"] = TestActivities.TenantId;
        });

        await SendTwiceAsync(harness);

        var tokenRequest = Assert.Single(harness.TokenService.Requests, r => r.Method == HttpMethod.Post);
        Assert.Equal(
            $"https://login.microsoftonline.com/{TestActivities.TenantId}/oauth2/v2.0/token", tokenRequest.Uri.GetLeftPart(UriPartial.Path));
        AssertClientCredentialsForm(tokenRequest.Body!);
        AssertBothCallsCarry(harness, AuthorizationOf(harness));
    }

    [Fact]
    public async Task A_managed_identity_bot_asks_for_the_botframework_resource_with_its_client_id()
    {
        await using var harness = ConnectorTestServices.Create(h =>
        {
            h.Settings["Bot:MicrosoftAppType"] = "userassignedmsi";
            h.Settings["Bot:MicrosoftAppTenantId"] = TestActivities.TenantId;
            h.Settings.Remove("Bot:MicrosoftAppPassword");
        });

        await SendTwiceAsync(harness);

        var tokenRequest = Assert.Single(harness.TokenService.Requests);
        var query = HttpUtility.ParseQueryString(tokenRequest.Uri.Query);
        Assert.Equal("https://api.botframework.com", query["resource"]);
        Assert.Equal(BotTestHost.AppId, query["client_id"]);
        AssertBothCallsCarry(harness, AuthorizationOf(harness));
    }

    [Fact]
    public async Task A_China_cloud_bot_asks_the_21Vianet_authority_for_the_21Vianet_bot_scope()
    {
        await using var harness = ConnectorTestServices.Create(h => h.Settings["Bot:Cloud"] = "China");

        await SendTwiceAsync(harness, ChinaServiceUrl);

        var tokenRequest = Assert.Single(harness.TokenService.Requests, r => r.Method == HttpMethod.Post);
        Assert.Equal(
            "https://login.partner.microsoftonline.cn/microsoftservices.partner.onmschina.cn/oauth2/v2.0/token",
            tokenRequest.Uri.GetLeftPart(UriPartial.Path));
        AssertClientCredentialsForm(tokenRequest.Body!, "https://api.botframework.azure.cn/.default");
        Assert.All(harness.TokenService.Requests, r => Assert.Equal("login.partner.microsoftonline.cn", r.Uri.Host));
        AssertBothCallsCarry(harness, AuthorizationOf(harness));
    }

    [Fact]
    public async Task A_China_cloud_single_tenant_bot_asks_its_own_tenant_at_the_21Vianet_authority()
    {
        await using var harness = ConnectorTestServices.Create(h =>
        {
            h.Settings["Bot:Cloud"] = "China";
            h.Settings["Bot:MicrosoftAppType"] = "SingleTenant";
            h.Settings["Bot:MicrosoftAppTenantId"] = TestActivities.TenantId;
        });

        await SendTwiceAsync(harness, ChinaServiceUrl);

        var tokenRequest = Assert.Single(harness.TokenService.Requests, r => r.Method == HttpMethod.Post);
        Assert.Equal(
            $"https://login.partner.microsoftonline.cn/{TestActivities.TenantId}/oauth2/v2.0/token", tokenRequest.Uri.GetLeftPart(UriPartial.Path));
        AssertClientCredentialsForm(tokenRequest.Body!, "https://api.botframework.azure.cn/.default");
    }

    [Fact]
    public async Task A_China_cloud_managed_identity_asks_for_the_21Vianet_resource()
    {
        await using var harness = ConnectorTestServices.Create(h =>
        {
            h.Settings["Bot:Cloud"] = "China";
            h.Settings["Bot:MicrosoftAppType"] = "UserAssignedMSI";
            h.Settings["Bot:MicrosoftAppTenantId"] = TestActivities.TenantId;
            h.Settings.Remove("Bot:MicrosoftAppPassword");
        });

        await SendTwiceAsync(harness, ChinaServiceUrl);

        var query = HttpUtility.ParseQueryString(Assert.Single(harness.TokenService.Requests).Uri.Query);
        Assert.Equal("https://api.botframework.azure.cn", query["resource"]);
    }

    [Fact]
    public async Task A_China_cloud_bot_never_sends_to_the_public_cloud_connector()
    {
        await using var harness = ConnectorTestServices.Create(h => h.Settings["Bot:Cloud"] = "China");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(
            ServiceUrl, TestActivities.ConversationId, new Activity { Type = "message" }, CancellationToken.None));

        Assert.Equal(ErrorCodes.UntrustedServiceUrl, error.ErrorCode);
        Assert.Empty(harness.Connector.Requests);
        Assert.Empty(harness.TokenService.Requests);
        Assert.Null(harness.Services.GetRequiredService<IOptions<BotOptions>>().Value.ResolveEndpoints().GlobalServiceUrl);
    }

    [Fact]
    public async Task Without_an_app_id_calls_carry_no_token()
    {
        await using var harness = ConnectorTestServices.Create(h =>
        {
            h.Settings.Remove("Bot:MicrosoftAppId");
            h.Settings.Remove("Bot:MicrosoftAppPassword");
            h.Settings["Bot:AllowUnauthenticated"] = "true";
        });

        await harness.Client.SendToConversationAsync(
            "http://localhost:3978/", TestActivities.ConversationId, new Activity { Type = "message" }, CancellationToken.None);

        Assert.Null(Assert.Single(harness.Connector.Requests).Authorization);
        Assert.Empty(harness.TokenService.Requests);
    }

    [Fact]
    public async Task A_failed_token_request_is_reported_as_a_connector_failure_and_nothing_is_sent()
    {
        await using var harness = ConnectorTestServices.Create();
        harness.TokenService.Respond = _ => FakeHttpHandler.Json(
            System.Net.HttpStatusCode.Unauthorized, """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret."}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(
            ServiceUrl, TestActivities.ConversationId, new Activity { Type = "message" }, CancellationToken.None));

        Assert.Equal(ErrorCodes.TokenUnavailable, error.ErrorCode);
        Assert.Empty(harness.Connector.Requests);
    }

    private static async Task SendTwiceAsync(ConnectorTestServices harness, string serviceUrl = ServiceUrl)
    {
        for (var i = 0; i < 2; i++)
        {
            await harness.Client.SendToConversationAsync(
                serviceUrl, TestActivities.ConversationId, new Activity { Type = "message" }, CancellationToken.None);
        }
    }

    private static string AuthorizationOf(ConnectorTestServices harness) => harness.Connector.Requests.First().Authorization!;

    private static void AssertClientCredentialsForm(string body, string scope = "https://api.botframework.com/.default")
    {
        var form = HttpUtility.ParseQueryString(body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(BotTestHost.AppId, form["client_id"]);
        Assert.Equal(BotTestHost.AppPassword, form["client_secret"]);
        Assert.Equal(scope, form["scope"]);
    }

    private static void AssertBothCallsCarry(ConnectorTestServices harness, string authorization)
    {
        Assert.StartsWith("Bearer bot-token-", authorization, StringComparison.Ordinal);
        Assert.All(harness.Connector.Requests, r => Assert.Equal(authorization, r.Authorization));
        Assert.Equal(2, harness.Connector.Requests.Count);
    }
}
