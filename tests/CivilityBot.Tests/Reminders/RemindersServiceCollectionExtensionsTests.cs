using CivilityBot.Conversations;
using CivilityBot.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CivilityBot.Tests.Reminders;

public sealed class RemindersServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData("ProactiveMessenger:RequestsPerSecond", "60")]
    [InlineData("ProactiveMessenger:PerConversationPerSecond", "8")]
    public void A_rate_above_what_Teams_allows_is_refused_at_start_up(string key, string value)
    {
        using var provider = Provider(key, value);

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ProactiveMessengerOptions>>().Value);
    }

    [Theory]
    [InlineData("Reminders:TimeZone", "Mars/Olympus_Mons")]
    [InlineData("Reminders:MaxConcurrentSends", "0")]
    public void Broken_reminder_settings_are_refused_at_start_up(string key, string value)
    {
        using var provider = Provider(key, value);

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RemindersOptions>>().Value);
    }

    [Fact]
    public void The_defaults_send_well_under_the_Teams_limit_in_Beijing_time()
    {
        using var provider = Provider("Unrelated", "x");

        Assert.Equal(30, provider.GetRequiredService<IOptions<ProactiveMessengerOptions>>().Value.RequestsPerSecond);
        Assert.Equal("Asia/Shanghai", provider.GetRequiredService<IOptions<RemindersOptions>>().Value.TimeZone);
    }

    [Theory]
    [InlineData("http://127.0.0.1:1/v3/conversations/a%3A29%3Axyz/activities", "a:29:xyz")]
    [InlineData("https://smba.trafficmanager.net/apac/v3/conversations/19%3Aabc%40thread.v2/activities/123", "19:abc@thread.v2")]
    [InlineData("https://smba.trafficmanager.net/apac/v3/conversations", null)]
    public void The_pacing_handler_paces_per_conversation_named_in_the_path(string url, string? conversation)
    {
        Assert.Equal(conversation, ProactivePacingHandler.ConversationOf(new Uri(url)));
    }

    private static ServiceProvider Provider(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        return new ServiceCollection().AddReminders(configuration).BuildServiceProvider();
    }
}
