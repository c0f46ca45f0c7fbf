using System.Net;
using CivilityBot.Protocol.Tests.Fakes;

namespace CivilityBot.Protocol.Tests;

/// <summary>
/// Issue 9.1: every inbound-authentication case of <see cref="InboundAuthenticationTests"/> again, with only
/// <c>Bot:Cloud=China</c> set: the keys must come from the 21Vianet metadata URL and tokens carry its issuer.
/// </summary>
public sealed class ChinaCloudInboundAuthenticationTests : InboundAuthenticationTests
{
    protected override BotCloud Cloud => BotCloud.China;

    [Fact]
    public async Task The_keys_are_read_from_the_21Vianet_metadata_endpoint_only()
    {
        await Host.PostWithTokenAsync(TestActivities.Message());

        Assert.NotEmpty(Host.Channel.Handler.Requests);
        Assert.All(Host.Channel.Handler.Requests, r => Assert.Equal("login.botframework.azure.cn", r.Uri.Host));
    }

    [Fact]
    public async Task A_public_cloud_token_signed_by_the_channel_key_is_refused()
    {
        await AssertRefusedAsync(Host.Token(new TokenSpec { Issuer = "https://api.botframework.com" }));
    }

    [Fact]
    public async Task A_21Vianet_token_is_accepted_from_a_21Vianet_service_url()
    {
        const string serviceUrl = "https://frontend.botapi.msg.infra.teams.microsoftonline.cn/";

        var response = await Host.PostWithTokenAsync(TestActivities.Message(serviceUrl: serviceUrl), new TokenSpec { ServiceUrl = serviceUrl });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Assert.Single(Host.Bot.Turns).ServiceUrlVerified);
    }
}
