using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CivilityBot.Cards.Reminders;
using CivilityBot.Conversations;
using CivilityBot.Protocol;
using CivilityBot.Reminders;
using CivilityBot.Tests.Host;
using CivilityBot.Tests.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace CivilityBot.Tests.Reminders;

/// <summary>A coordinator composes, previews and confirms reminders in chat; recipients get their own; others are refused.</summary>
public sealed partial class ReminderHostTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly TeamsConnectorSimulator _simulator = new(SimulatorLimits.Teams);
    private readonly BotApplication _app;
    private readonly TestUser _coordinator = TestUser.Named("刘斌");
    private readonly TestUser _songWei = TestUser.Named("宋伟");
    private readonly TestUser _zhouJingjun = TestUser.Named("周敬军");

    public ReminderHostTests()
    {
        _app = new BotApplication(settings: new Dictionary<string, string?> { ["ConnectorPacing:RequestsPerSecond"] = "50" })
        {
            ConfigureTestServices = services =>
                services.AddHttpClient(BotHttpClientNames.Connector).ConfigurePrimaryHttpMessageHandler(() => _simulator),
        };
    }

    public void Dispose()
    {
        _app.Dispose();
        _simulator.Dispose();
    }

    [Fact]
    public async Task A_coordinator_composes_previews_and_confirms_and_each_recipient_gets_their_own_reminder()
    {
        await MeetAsync(_coordinator, _songWei, _zhouJingjun);

        var compose = JsonText.Of(await CardReplyAsync("提醒", _coordinator));
        var preview = await PreviewAsync("宋伟,周敬军,汪珂吉");
        var previewText = JsonText.Of(preview);
        var sentBeforeConfirm = _simulator.Messages.Count;
        var status = await InvokeCardAsync(ReminderVerbs.Confirm, DraftOf(preview), _coordinator);
        await _simulator.WhenUpdateContains("已完成").WaitAsync(Bound);

        Assert.Contains("有未完成事项的所有人（默认）", compose, StringComparison.Ordinal);
        Assert.Contains("3 人", previewText, StringComparison.Ordinal);
        Assert.Contains("2 人", previewText, StringComparison.Ordinal);
        Assert.Contains("汪珂吉\n" + ProactiveReasons.NotLinked, previewText, StringComparison.Ordinal);
        Assert.Contains("示例（宋伟 将收到", previewText, StringComparison.Ordinal);
        Assert.Equal(0, sentBeforeConfirm);
        Assert.Contains("提醒 #1", JsonText.Of(status), StringComparison.Ordinal);
        AssertReminder(_songWei);
        AssertReminder(_zhouJingjun);
        Assert.Equal(2, _simulator.Messages.Count);
        var missed = Assert.Single(_app.Services.GetRequiredService<IOutbox>().Problems(1, 10));
        Assert.Equal(("汪珂吉", DeliveryState.Unreachable), (missed.PersonName, missed.State));
    }

    [Fact]
    public async Task Someone_who_is_not_a_coordinator_is_refused_and_nothing_is_prepared_or_sent()
    {
        await MeetAsync(_songWei);

        var reply = Assert.Single(await _app.AskAsync("提醒", _songWei));
        var pressed = await _app.InvokeAsync(ReminderVerbs.Preview, new JsonObject { ["audience"] = "allStaff", ["timing"] = "now" }, _songWei);

        Assert.Contains("只有协调员", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.activity.message", pressed.GetProperty("type").GetString());
        Assert.Contains("只有协调员", pressed.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Empty(_simulator.Messages);
        Assert.Empty(_app.Services.GetRequiredService<IOutbox>().RecentBroadcasts(10));
    }

    [Fact]
    public async Task Confirming_the_same_preview_twice_sends_once()
    {
        await MeetAsync(_coordinator, _songWei);
        var preview = await PreviewAsync("宋伟");

        await InvokeCardAsync(ReminderVerbs.Confirm, DraftOf(preview), _coordinator);
        var again = JsonText.Of(await InvokeCardAsync(ReminderVerbs.Confirm, DraftOf(preview), _coordinator));
        await _simulator.WhenUpdateContains("已完成").WaitAsync(Bound);

        Assert.Contains("已经确认过", again, StringComparison.Ordinal);
        Assert.Single(_app.Services.GetRequiredService<IOutbox>().RecentBroadcasts(10));
        Assert.Single(_simulator.Messages);
    }

    [Fact]
    public async Task A_discarded_preview_sends_nothing_and_cannot_be_confirmed_later()
    {
        await MeetAsync(_coordinator, _songWei);
        var preview = await PreviewAsync("宋伟");

        var discarded = JsonText.Of(await InvokeCardAsync(ReminderVerbs.Discard, DraftOf(preview), _coordinator));
        var late = JsonText.Of(await InvokeCardAsync(ReminderVerbs.Confirm, DraftOf(preview), _coordinator));

        Assert.Contains("没有发送任何消息", discarded, StringComparison.Ordinal);
        Assert.Contains("没有再次发送", late, StringComparison.Ordinal);
        Assert.Empty(_app.Services.GetRequiredService<IOutbox>().RecentBroadcasts(10));
    }

    [Fact]
    public async Task A_preview_with_a_missing_choice_comes_back_with_the_problem_and_what_was_typed()
    {
        await MeetAsync(_coordinator);

        var card = JsonText.Of(await InvokeCardAsync(ReminderVerbs.Preview,
            new JsonObject { ["audience"] = "department", ["note"] = "请抓紧", ["timing"] = "now" }, _coordinator));

        Assert.Contains("请选择科室。", card, StringComparison.Ordinal);
        Assert.Contains("请抓紧", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schedule_typed_in_chat_is_previewed_confirmed_listed_paused_and_deleted()
    {
        await MeetAsync(_coordinator);

        var preview = await CardReplyAsync("每周一 9:00 提醒未完成项", _coordinator);
        var created = JsonText.Of(await InvokeCardAsync(ReminderVerbs.Confirm, DraftOf(preview), _coordinator));
        var paused = JsonText.Of(await CardReplyAsync("暂停定时提醒 1", _coordinator));
        var deleted = JsonText.Of(await CardReplyAsync("删除定时提醒 1", _coordinator));

        Assert.Matches(@"每周一 9:00（北京时间），下次 \d{4}-\d\d-\d\d 09:00", JsonText.Of(preview));
        Assert.Contains("已创建定时提醒 #1：每周一 9:00", created, StringComparison.Ordinal);
        Assert.Contains("#1 每周一 9:00（已暂停）", paused, StringComparison.Ordinal);
        Assert.Contains("定时提醒 #1 已删除", deleted, StringComparison.Ordinal);
        Assert.Empty(_simulator.Messages);
    }

    [Fact]
    public async Task The_history_lists_past_reminders_and_their_delivery_report_downloads()
    {
        await MeetAsync(_coordinator, _songWei);
        await InvokeCardAsync(ReminderVerbs.Confirm, DraftOf(await PreviewAsync("宋伟,汪珂吉")), _coordinator);
        await _simulator.WhenUpdateContains("已完成").WaitAsync(Bound);

        var history = await CardReplyAsync("提醒记录", _coordinator);
        var urls = JsonText.Urls(history).Select(url => new Uri(url).PathAndQuery).ToList();
        using var client = _app.CreateClient();
        using var xlsx = await client.GetAsync(new Uri(urls.Single(u => u.EndsWith(".xlsx", StringComparison.Ordinal)), UriKind.Relative));
        var csv = await client.GetStringAsync(new Uri(urls.Single(u => u.EndsWith(".csv", StringComparison.Ordinal)), UriKind.Relative));
        using var forged = await client.GetAsync(new Uri("/downloads/not-a-token.csv", UriKind.Relative));

        Assert.Contains("#1", JsonText.Of(history), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("提醒1送达报告.xlsx", xlsx.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Contains("1,宋伟,已送达", csv, StringComparison.Ordinal);
        Assert.Contains("2,汪珂吉,无法送达," + ProactiveReasons.NotLinked + ",NotLinked", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    /// <summary>Each user says hello once, so the bot links them by name and knows their chat.</summary>
    private async Task MeetAsync(params TestUser[] users)
    {
        foreach (var user in users)
        {
            await _app.AskAsync("帮助", user);
        }
    }

    private async Task<JsonElement> PreviewAsync(string people) =>
        await InvokeCardAsync(ReminderVerbs.Preview, new JsonObject
        {
            ["audience"] = ReminderChoices.AudiencePeople,
            ["people"] = people,
            ["note"] = "请周五前上传佐证材料",
            ["timing"] = ReminderChoices.TimingNow,
        }, _coordinator);

    private async Task<JsonElement> InvokeCardAsync(string verb, JsonObject data, TestUser user)
    {
        var response = await _app.InvokeAsync(verb, data, user);
        Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
        return response.GetProperty("value");
    }

    private async Task<JsonElement> CardReplyAsync(string text, TestUser user)
    {
        var reply = Assert.Single(await _app.AskAsync(text, user));
        return reply.GetProperty("attachments")[0].GetProperty("content");
    }

    private static JsonObject DraftOf(JsonElement preview) =>
        new() { [ReminderFields.Draft] = JsonText.ActionData(preview, ReminderVerbs.Confirm)!.Value.GetProperty(ReminderFields.Draft).GetString() };

    private void AssertReminder(TestUser user)
    {
        var message = Assert.Single(_simulator.Messages, m => m.ConversationId == TeamsConnectorSimulator.PersonalConversationOf(user.Id));
        Assert.Matches(SummaryPattern(), message.Summary);
        Assert.Contains($"{user.Name}，您好", message.Content, StringComparison.Ordinal);
        Assert.Contains("刘斌：请周五前上传佐证材料", message.Content, StringComparison.Ordinal);
        Assert.Contains("打开我的清单", message.Content, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^第\d+项(等\d+项|有\d+个子项)未完成$")]
    private static partial Regex SummaryPattern();
}
