using System.Net;
using CivilityBot.Protocol.Tests.Fakes;

namespace CivilityBot.Protocol.Tests;

/// <summary>Protocol doc §6 item 11: with no app id only a local developer (loopback peer, loopback serviceUrl) gets in.</summary>
public sealed class AnonymousAccessTests : IAsyncLifetime
{
    private const string LocalServiceUrl = "http://localhost:3978/";
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync(h =>
    {
        h.Settings.Remove("Bot:MicrosoftAppId");
        h.Settings.Remove("Bot:MicrosoftAppPassword");
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_loopback_caller_without_token_is_accepted_anonymously()
    {
        host.RemoteAddress = IPAddress.Loopback;

        var response = await host.PostAsync(TestActivities.Message(serviceUrl: LocalServiceUrl), authorization: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(host.Bot.Turns);
        Assert.Null(turn.Activity.CallerId);
        Assert.False(turn.ServiceUrlVerified);
    }

    [Fact]
    public async Task An_IPv6_loopback_caller_is_accepted_too()
    {
        host.RemoteAddress = IPAddress.IPv6Loopback;

        var response = await host.PostAsync(TestActivities.Message(serviceUrl: "http://127.0.0.1:3978"), authorization: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData(null)]
    public async Task A_caller_that_is_not_provably_loopback_is_refused(string? remoteAddress)
    {
        host.RemoteAddress = remoteAddress is null ? null : IPAddress.Parse(remoteAddress);

        var response = await host.PostAsync(TestActivities.Message(serviceUrl: LocalServiceUrl), authorization: null);

        await AssertEmpty401Async(response);
    }

    [Fact]
    public async Task A_loopback_caller_naming_a_remote_serviceUrl_is_refused()
    {
        host.RemoteAddress = IPAddress.Loopback;

        var response = await host.PostAsync(TestActivities.Message(), authorization: null);

        await AssertEmpty401Async(response);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData(@"\\localhost\share")]
    [InlineData("ws://localhost:3978/")]
    [InlineData("gopher://127.0.0.1/")]
    [InlineData("http://user:secret@localhost:3978/")]
    public async Task A_loopback_caller_naming_a_serviceUrl_that_is_not_http_on_loopback_is_refused(string serviceUrl)
    {
        host.RemoteAddress = IPAddress.Loopback;

        var response = await host.PostAsync(TestActivities.Message(serviceUrl: serviceUrl), authorization: null);

        await AssertEmpty401Async(response);
    }

    [Fact]
    public async Task Any_token_is_refused_when_no_app_id_is_configured()
    {
        host.RemoteAddress = IPAddress.Loopback;
        var token = host.Token(new TokenSpec { ServiceUrl = LocalServiceUrl });

        var response = await host.PostAsync(TestActivities.Message(serviceUrl: LocalServiceUrl), "Bearer " + token);

        await AssertEmpty401Async(response);
    }

    [Fact]
    public void Start_up_warns_that_authentication_is_off()
    {
        Assert.Contains(host.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning
            && e.Message.Contains("authentication is OFF", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_explicit_opt_in_outside_Development_starts_and_warns_loudly()
    {
        await using var optedIn = await BotTestHost.StartAsync(h =>
        {
            h.EnvironmentName = "Production";
            h.Settings.Remove("Bot:MicrosoftAppId");
            h.Settings.Remove("Bot:MicrosoftAppPassword");
            h.Settings["Bot:AllowUnauthenticated"] = "true";
        });

        Assert.Contains(optedIn.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning
            && e.Message.Contains("Bot:AllowUnauthenticated=true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_an_app_id_or_the_opt_in_a_Production_host_does_not_start()
    {
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => BotTestHost.StartAsync(h =>
        {
            h.EnvironmentName = "Production";
            h.Settings.Remove("Bot:MicrosoftAppId");
            h.Settings.Remove("Bot:MicrosoftAppPassword");
        }));

        Assert.Contains("Bot:AllowUnauthenticated=true", error.Message, StringComparison.Ordinal);
    }

    private async Task AssertEmpty401Async(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, host.Bot.CallCount);
    }
}
