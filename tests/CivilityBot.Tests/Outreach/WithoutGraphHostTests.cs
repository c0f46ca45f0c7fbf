using System.Text.Json.Nodes;
using CivilityBot.Cards.Reminders;
using CivilityBot.People;
using CivilityBot.Tests.Host;
using CivilityBot.Tests.Reminders;

namespace CivilityBot.Tests.Outreach;

/// <summary>Graph off (the default): nothing changes, and the preview says what Graph would add and where to read how.</summary>
public sealed class WithoutGraphHostTests : IDisposable
{
    private readonly BotApplication _app = new();
    private readonly TestUser _coordinator = TestUser.Named("刘斌");

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_reminder_preview_to_people_who_never_opened_the_bot_says_an_administrator_can_configure_graph()
    {
        await _app.AskAsync("帮助", _coordinator);

        var response = await _app.InvokeAsync(ReminderVerbs.Preview, new JsonObject
        {
            ["audience"] = ReminderChoices.AudiencePeople,
            ["people"] = "宋伟,周敬军",
            ["timing"] = ReminderChoices.TimingNow,
        }, _coordinator);
        var text = JsonText.Of(response.GetProperty("value"));

        Assert.Contains("以下 2 人目前无法送达", text, StringComparison.Ordinal);
        Assert.Contains("2 人从未打开过机器人，无法送达。" + DirectoryTexts.GraphHint, text, StringComparison.Ordinal);
    }
}
