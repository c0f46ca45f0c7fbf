using System.Net;
using Microsoft.Extensions.Options;

namespace CivilityBot.Tests.Host;

/// <summary>Issue 8.2: the real service never runs in production without authentication.</summary>
public sealed class StartupAuthenticationHostTests
{
    private readonly TestUser _user = TestUser.Named("测试用户");

    [Fact]
    public void In_Production_without_an_app_id_the_service_refuses_to_start_and_says_what_to_set()
    {
        using var app = new BotApplication { EnvironmentName = "Production" };

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Bot:MicrosoftAppId is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Production'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_ENVIRONMENT=Development", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bot:AllowUnauthenticated=true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_Production_the_explicit_opt_in_lets_the_service_start()
    {
        using var app = new BotApplication(settings: new Dictionary<string, string?> { ["Bot:AllowUnauthenticated"] = "true" })
        {
            EnvironmentName = "Production",
        };

        var replies = await app.AskAsync("帮助", _user);

        Assert.NotEmpty(replies);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("file://localhost/c$/secrets")]
    [InlineData("ws://127.0.0.1:45999/")]
    public async Task With_authentication_off_a_loopback_serviceUrl_that_is_not_http_is_refused_and_nothing_is_sent(string serviceUrl)
    {
        using var app = new BotApplication();
        var message = app.Message("帮助", _user);
        message["serviceUrl"] = serviceUrl;

        using var response = await app.PostAsync(message);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(app.Connector.Calls);
    }
}
