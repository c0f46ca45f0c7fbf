using System.Net;
using System.Security.Cryptography;
using System.Text;
using CivilityBot.Protocol.Tests.Fakes;
using Microsoft.IdentityModel.Tokens;

namespace CivilityBot.Protocol.Tests;

/// <summary>
/// Protocol doc §6 items 1–13: who may call /api/messages. Every refusal is 401 with an empty body and no turn.
/// Runs in the public cloud; <see cref="ChinaCloudInboundAuthenticationTests"/> runs every case again with Bot:Cloud=China.
/// </summary>
public class InboundAuthenticationTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    /// <summary>The cloud preset the bot is configured with.</summary>
    protected virtual BotCloud Cloud => BotCloud.Public;

    protected BotTestHost Host => host;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync(cloud: Cloud);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_valid_channel_token_is_accepted_and_the_turn_runs()
    {
        var response = await host.PostWithTokenAsync(TestActivities.Message());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(host.Bot.Turns);
        Assert.Equal("urn:botframework:azure", turn.Activity.CallerId);
        Assert.True(turn.ServiceUrlVerified);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task RS384_and_RS512_tokens_are_accepted(string algorithm)
    {
        var response = await host.PostWithTokenAsync(TestActivities.Message(), new TokenSpec { Algorithm = algorithm });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_PS256_token_is_refused()
    {
        await AssertRefusedAsync(host.Token(new TokenSpec { Algorithm = SecurityAlgorithms.RsaSsaPssSha256 }));
    }

    [Fact]
    public async Task An_HS256_token_keyed_with_the_public_key_is_refused()
    {
        var secret = new SymmetricSecurityKey(host.Channel.DefaultKey.Rsa.ExportRSAPublicKey()) { KeyId = host.Channel.DefaultKey.KeyId };
        var token = host.Token(new SigningCredentials(secret, SecurityAlgorithms.HmacSha256));

        await AssertRefusedAsync(token);
    }

    [Fact]
    public async Task An_unsigned_alg_none_token_is_refused()
    {
        await AssertRefusedAsync(host.UnsignedToken());
    }

    [Fact]
    public async Task An_unknown_key_id_refreshes_the_keys_once_then_is_refused()
    {
        await host.PostWithTokenAsync(TestActivities.Message());
        using var stranger = new ChannelKey("unpublished-key", "msteams");
        var readsBefore = host.Channel.JwksRequests;

        await AssertRefusedAsync(host.Token(key: stranger));
        await AssertRefusedAsync(host.Token(key: stranger));

        Assert.Equal(readsBefore + 1, host.Channel.JwksRequests);
    }

    [Fact]
    public async Task A_key_published_after_start_up_is_found_by_the_refresh()
    {
        await host.PostWithTokenAsync(TestActivities.Message("first"));
        using var rotated = new ChannelKey("rotated-key", "msteams");
        host.Channel.Publish(rotated);

        var response = await host.PostWithTokenAsync(TestActivities.Message("second"), key: rotated);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, host.Bot.CallCount);
    }

    [Fact]
    public async Task Keys_are_re_read_after_twelve_hours()
    {
        await host.PostWithTokenAsync(TestActivities.Message("first"));
        var readsBefore = host.Channel.JwksRequests;

        host.Time.Advance(TimeSpan.FromHours(12) + TimeSpan.FromSeconds(1));
        await host.PostWithTokenAsync(TestActivities.Message("second"));

        Assert.Equal(readsBefore + 1, host.Channel.JwksRequests);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_under_a_known_key_id_is_refused()
    {
        using var impostor = new ChannelKey(host.Channel.DefaultKey.KeyId, "msteams");

        await AssertRefusedAsync(host.Token(key: impostor));
    }

    [Fact]
    public async Task A_tampered_payload_is_refused()
    {
        var token = host.Token();
        var payload = ChannelTokens.ReadPayload(token);
        payload["aud"] = "someone-else";

        await AssertRefusedAsync(ChannelTokens.WithPayload(token, payload));
    }

    [Theory]
    [InlineData("99999999-0000-0000-0000-000000000000")]
    [InlineData("https://api.botframework.com")]
    [InlineData(null)]
    public async Task A_token_for_another_audience_or_none_is_refused(string? audience)
    {
        await AssertRefusedAsync(host.Token(new TokenSpec { Audience = audience }));
    }

    [Fact]
    public async Task A_token_from_another_issuer_signed_by_the_channel_key_is_refused()
    {
        await AssertRefusedAsync(host.Token(new TokenSpec { Issuer = "https://sts.windows.net/" + TestActivities.TenantId + "/" }));
    }

    [Theory]
    [InlineData(-6, false)]
    [InlineData(-4, true)]
    public async Task Expiry_is_checked_with_five_minutes_of_clock_skew(int expiresMinutesFromNow, bool accepted)
    {
        var spec = new TokenSpec { NotBeforeOffset = TimeSpan.FromMinutes(-60), ExpiresOffset = TimeSpan.FromMinutes(expiresMinutesFromNow) };

        var response = await host.PostWithTokenAsync(TestActivities.Message(), spec);

        Assert.Equal(accepted ? HttpStatusCode.OK : HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_accepted_earlier_is_refused_once_it_has_expired()
    {
        var token = host.Token(new TokenSpec { ExpiresOffset = TimeSpan.FromMinutes(30) });
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(TestActivities.Message("early"), "Bearer " + token)).StatusCode);

        host.Time.Advance(TimeSpan.FromMinutes(36));
        var response = await host.PostAsync(TestActivities.Message("late"), "Bearer " + token);

        await AssertEmpty401Async(response, turnsBefore: 1);
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(4, true)]
    public async Task Not_before_is_checked_with_five_minutes_of_clock_skew(int notBeforeMinutesFromNow, bool accepted)
    {
        var spec = new TokenSpec { NotBeforeOffset = TimeSpan.FromMinutes(notBeforeMinutesFromNow) };

        var response = await host.PostWithTokenAsync(TestActivities.Message(), spec);

        Assert.Equal(accepted ? HttpStatusCode.OK : HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("https://smba.example.org/emea/", false)]
    [InlineData("HTTPS://SMBA.TRAFFICMANAGER.NET/EMEA/", true)]
    [InlineData("https://smba.trafficmanager.net/emea", false)]
    public async Task The_serviceurl_claim_must_match_the_activity(string? claimedServiceUrl, bool accepted)
    {
        var response = await host.PostWithTokenAsync(TestActivities.Message(), new TokenSpec { ServiceUrl = claimedServiceUrl });

        Assert.Equal(accepted ? HttpStatusCode.OK : HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_activity_without_serviceUrl_is_refused()
    {
        var activity = TestActivities.Message();
        activity.Remove("serviceUrl");

        await AssertRefusedAsync(host.Token(), activity);
    }

    [Fact]
    public async Task A_key_endorsed_only_for_another_channel_is_refused()
    {
        using var skypeKey = new ChannelKey("skype-key", "skype");
        host.Channel.Publish(skypeKey);

        await AssertRefusedAsync(host.Token(key: skypeKey));
    }

    [Fact]
    public async Task A_key_without_endorsements_is_refused()
    {
        using var bareKey = new ChannelKey("bare-key", null);
        host.Channel.Publish(bareKey);

        await AssertRefusedAsync(host.Token(key: bareKey));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic x")]
    [InlineData("Bearer")]
    [InlineData("Bearer a b")]
    public async Task A_missing_or_malformed_Authorization_header_is_refused(string? authorization)
    {
        var response = await host.PostAsync(TestActivities.Message(), authorization);

        await AssertEmpty401Async(response);
    }

    [Fact]
    public async Task The_Bearer_scheme_is_accepted_in_any_case()
    {
        var response = await host.PostAsync(TestActivities.Message(), "bearer " + host.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_skill_token_is_refused()
    {
        var spec = new TokenSpec { Claims = { ["ver"] = "2.0", ["azp"] = "another-bot-app-id" } };

        await AssertRefusedAsync(host.Token(spec));
    }

    [Fact]
    public async Task An_emulator_token_is_refused()
    {
        var spec = new TokenSpec
        {
            Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
            Claims = { ["ver"] = "1.0", ["appid"] = BotTestHost.AppId },
        };

        await AssertRefusedAsync(host.Token(spec));
    }

    [Fact]
    public async Task A_valid_token_replayed_with_another_serviceUrl_is_refused()
    {
        var token = host.Token();
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(TestActivities.Message(), "Bearer " + token)).StatusCode);

        var replay = TestActivities.Message("replayed", serviceUrl: "https://attacker.example.org/");
        var response = await host.PostAsync(replay, "Bearer " + token);

        await AssertEmpty401Async(response, turnsBefore: 1);
    }

    [Fact]
    public async Task A_wire_callerId_is_ignored()
    {
        var activity = TestActivities.Message();
        activity["callerId"] = "urn:botframework:aadappid:forged";

        await host.PostWithTokenAsync(activity);

        var turn = Assert.Single(host.Bot.Turns);
        Assert.Equal("urn:botframework:azure", turn.Activity.CallerId);
        Assert.False(turn.Activity.Properties?.ContainsKey("callerId") ?? false);
    }

    [Fact]
    public async Task Refusals_are_logged_with_the_reason_but_never_the_token()
    {
        var token = host.Token(new TokenSpec { Audience = "someone-else" });

        await host.PostAsync(TestActivities.Message(), "Bearer " + token);

        var entry = Assert.Single(host.Logs.Entries, e => e.Message.Contains("Refused inbound token", StringComparison.Ordinal));
        Assert.Contains("msteams", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains(token.Split('.')[2], StringComparison.Ordinal));
    }

    protected async Task AssertRefusedAsync(string token, System.Text.Json.Nodes.JsonObject? activity = null)
    {
        var turnsBefore = host.Bot.CallCount;
        var response = await host.PostAsync(activity ?? TestActivities.Message(), "Bearer " + token);

        await AssertEmpty401Async(response, turnsBefore);
    }

    private async Task AssertEmpty401Async(HttpResponseMessage response, int turnsBefore = 0)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(turnsBefore, host.Bot.CallCount);
    }
}
