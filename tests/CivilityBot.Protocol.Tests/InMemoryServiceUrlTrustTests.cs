using Microsoft.Extensions.Options;

namespace CivilityBot.Protocol.Tests;

public sealed class InMemoryServiceUrlTrustTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/", true)]
    [InlineData("https://smba.trafficmanager.net/emea/72f988bf/", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc", true)]
    [InlineData("https://evil.example.org/teams/", false)]
    [InlineData("http://smba.trafficmanager.net/teams/", false)]
    [InlineData("http://localhost:3978/", false)]
    public void IsTrusted_WithAuthentication_OnlyAllowsHttpsAllowlistedHosts(string serviceUrl, bool trusted)
    {
        var trust = new InMemoryServiceUrlTrust(Options.Create(new BotOptions { MicrosoftAppId = "app" }));

        Assert.Equal(trusted, trust.IsTrusted(serviceUrl));
    }

    [Fact]
    public void IsTrusted_WithoutAuthentication_AllowsLoopbackHttpOnly()
    {
        var trust = new InMemoryServiceUrlTrust(Options.Create(new BotOptions()));

        Assert.True(trust.IsTrusted("http://localhost:3978/"));
        Assert.True(trust.IsTrusted("http://127.0.0.1:3978"));
        Assert.False(trust.IsTrusted("http://10.0.0.8:3978/"));
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("file://localhost/etc/passwd")]
    [InlineData(@"\\localhost\share")]
    [InlineData("ws://localhost:3978/")]
    [InlineData("gopher://127.0.0.1/")]
    [InlineData("net.pipe://localhost/bot")]
    [InlineData("http://user:secret@localhost:3978/")]
    [InlineData("http://0.0.0.0:3978/")]
    [InlineData("http://localhost.example.org/")]
    public void IsTrusted_WithoutAuthentication_RefusesOddSchemesAndHostsThatLookLocal(string serviceUrl)
    {
        var trust = new InMemoryServiceUrlTrust(Options.Create(new BotOptions()));

        Assert.False(trust.IsTrusted(serviceUrl));
    }

    [Theory]
    [InlineData("https://frontend.botapi.msg.infra.teams.microsoftonline.cn/", true)]
    [InlineData("https://smba.trafficmanager.net/teams/", false)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc", false)]
    public void IsTrusted_InTheChinaCloud_TrustsOnly21VianetHostsBeforeAnyActivity(string serviceUrl, bool trusted)
    {
        var trust = new InMemoryServiceUrlTrust(Options.Create(new BotOptions { MicrosoftAppId = "app", Cloud = BotCloud.China }));

        Assert.Equal(trusted, trust.IsTrusted(serviceUrl));
    }

    [Fact]
    public void MarkVerified_TrustsTheHostForEveryPath()
    {
        var trust = new InMemoryServiceUrlTrust(Options.Create(new BotOptions { MicrosoftAppId = "app" }));

        trust.MarkVerified("https://smba.example.net/apac/");

        Assert.True(trust.IsTrusted("https://SMBA.example.net/apac/tenant/"));
        Assert.False(trust.IsTrusted("https://smba.example.net:8443/apac/"));
    }
}
