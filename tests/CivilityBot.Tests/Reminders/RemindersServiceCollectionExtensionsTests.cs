using CivilityBot.Protocol;
using CivilityBot.Conversations;
using CivilityBot.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CivilityBot.Tests.Reminders;

public sealed class RemindersServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData("ConnectorPacing:RequestsPerSecond", "60")]
    [InlineData("ConnectorPacing:PerConversationPerSecond", "8")]
    public void A_rate_above_what_Teams_allows_is_refused_at_start_up(string key, string value)
    {
        using var provider = Provider(key, value);

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ConnectorPacingOptions>>().Value);
    }

    [Fact]
    public void An_unknown_bureau_time_zone_is_refused_at_start_up()
    {
        using var provider = Provider("Bureau:TimeZone", "Mars/Olympus_Mons");

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BureauOptions>>().Value);
    }

    [Fact]
    public void A_dispatcher_with_no_sends_in_flight_is_refused_at_start_up()
    {
        using var provider = Provider("Outbox:MaxConcurrentSends", "0");

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<OutboxOptions>>().Value);
    }

    [Fact]
    public void The_defaults_send_well_under_the_Teams_limit_in_Beijing_time()
    {
        using var provider = Provider("Unrelated", "x");

        Assert.Equal(30, provider.GetRequiredService<IOptions<ConnectorPacingOptions>>().Value.RequestsPerSecond);
        Assert.Equal("Asia/Shanghai", provider.GetRequiredService<IOptions<BureauOptions>>().Value.TimeZone);
    }

    [Theory]
    [InlineData("http://127.0.0.1:1/v3/conversations/a%3A29%3Axyz/activities", "a:29:xyz")]
    [InlineData("https://smba.trafficmanager.net/apac/v3/conversations/19%3Aabc%40thread.v2/activities/123", "19:abc@thread.v2")]
    [InlineData("https://smba.trafficmanager.net/apac/v3/conversations", null)]
    public void The_pacing_handler_paces_per_conversation_named_in_the_path(string url, string? conversation)
    {
        Assert.Equal(conversation, ConnectorPacingHandler.ConversationOf(new Uri(url)));
    }

    private static ServiceProvider Provider(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        return new ServiceCollection().AddBotProtocol(configuration).AddKnowledge(configuration).AddOutreach(configuration)
            .AddReminders(configuration).BuildServiceProvider();
    }
}
