using System.Net;
using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Plan;
using CivilityBot.Checklists;
using CivilityBot.Knowledge.Rounds;
using CivilityBot.Tests.Checklists;
using CivilityBot.Tests.Host;

namespace CivilityBot.Tests.Storage;

/// <summary>
/// Two instances of the real service (two in-process hosts) on one PostgreSQL database, as behind a load balancer: what
/// one instance writes, the other reads at once, and an activity Teams delivers to both runs once.
/// </summary>
public sealed class TwoInstanceHostTests : IClassFixture<PostgreSqlTestDatabase>, IDisposable
{
    private static readonly DateTimeOffset March2026 = new(2026, 3, 15, 2, 0, 0, TimeSpan.Zero);
    private readonly ChecklistsApp _first;
    private readonly ChecklistsApp _second;
    private readonly TestUser _songWei = TestUser.Named("宋伟");
    private readonly TestUser _liuBin = TestUser.Named("刘斌");

    public TwoInstanceHostTests(PostgreSqlTestDatabase db)
    {
        db.Truncate();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = db.ConnectionString,
        };
        _first = new ChecklistsApp(settings: settings);
        _second = new ChecklistsApp(settings: settings);
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    [Fact]
    public async Task A_checklist_saved_on_one_instance_is_shown_at_once_by_the_other()
    {
        var before = await _second.CardOfAsync("我的清单", _songWei); // the second instance has read (and cached) the states
        var card = await _first.CardOfAsync("我的清单", _songWei);

        await _first.PressAsync(card, ChecklistVerbs.Save, _songWei, values =>
        {
            values[ChecklistFields.Done("1.1")] = "true";
            values[ChecklistFields.Evidence("1.1")] = "https://oa.example/学习记录";
        }, activityId: "tick-1");
        var after = await _second.CardOfAsync("我的清单", _songWei);

        Assert.Equal("false", CardClient.InputValue(before, ChecklistFields.Done("1.1")));
        Assert.Equal("true", CardClient.InputValue(after, ChecklistFields.Done("1.1")));
        Assert.Equal("https://oa.example/学习记录", CardClient.InputValue(after, ChecklistFields.Evidence("1.1")));
        Assert.True(_second.Store.Find("1.1")!.Done);
        Assert.False(File.Exists(_first.App.DatabasePath)); // no LiteDB file is opened on PostgreSQL
    }

    [Fact]
    public async Task A_role_granted_on_one_instance_is_honoured_by_the_other()
    {
        var refusedBefore = await _second.TextReplyAsync("进度", _songWei);

        await _first.TextReplyAsync($"关联 宋伟 {_songWei.AadObjectId}", _liuBin);
        var granted = await _first.TextReplyAsync("设为协调员 宋伟", _liuBin);
        var progress = await _second.CardReplyAsync("进度", _songWei);

        Assert.Contains("只有协调员", refusedBefore, StringComparison.Ordinal);
        Assert.Equal("已将 宋伟 设为协调员。", granted);
        Assert.NotNull(progress);
    }

    [Fact]
    public async Task A_message_delivered_to_both_instances_is_answered_by_the_first_only()
    {
        var activity = _first.App.Message("第16项是什么", _songWei);
        activity["deliveryMode"] = "expectReplies";

        using var first = await _first.App.PostAsync(activity.DeepClone().AsObject());
        using var second = await _second.App.PostAsync(activity.DeepClone().AsObject());

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Contains("activities", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_card_save_delivered_to_both_instances_is_stored_once()
    {
        var card = await _first.CardOfAsync("我的清单", _songWei);
        var data = CardClient.Press(card, ChecklistVerbs.Save, values => values[ChecklistFields.Done("1.2")] = "true");

        await _first.InvokeAsync(ChecklistVerbs.Save, data, _songWei, activityId: "same-press");
        using var again = await _second.App.PostAsync(PressActivity(data));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, _second.Service<IChecklistStore>().AuditCount());
    }

    [Fact]
    public async Task A_round_started_on_one_instance_is_the_active_round_on_the_other_and_the_same_preview_cannot_start_another()
    {
        var card = await _second.CardOfAsync("我的清单", _songWei);
        await _second.PressAsync(card, ChecklistVerbs.Save, _songWei, values => values[ChecklistFields.Done("1.1")] = "true", activityId: "tick-2023");
        _first.Time.SetUtcNow(March2026);
        _second.Time.SetUtcNow(March2026);
        var preview = await _first.CardOfAsync("开始新一轮 2026-03-01 2026-06-30", _liuBin);

        var started = (await _first.PressAsync(preview, RoundVerbs.Confirm, _liuBin, activityId: "confirm-1")).GetProperty("value");
        var again = await _second.PressAsync(preview, RoundVerbs.Confirm, _liuBin, activityId: "confirm-2");

        Assert.Contains("已开始新一轮：2026年", CardClient.Text(started), StringComparison.Ordinal);
        Assert.Equal(RoundTexts.Stale, again.GetProperty("value").GetString());
        Assert.Equal("false", CardClient.InputValue(await _second.CardOfAsync("我的清单", _songWei), ChecklistFields.Done("1.1")));
        Assert.Contains("共2轮，当前为“2026年”", CardClient.Text(await _second.CardOfAsync("查看轮次", _liuBin)), StringComparison.Ordinal);
        Assert.True(_first.Service<IRoundChecklistStores>().For(1).Find("1.1")!.Done); // the archived round keeps its state
    }

    private System.Text.Json.Nodes.JsonObject PressActivity(System.Text.Json.Nodes.JsonObject data)
    {
        var activity = _second.App.Activity("invoke", _songWei, "same-press");
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "card-1";
        activity["value"] = new System.Text.Json.Nodes.JsonObject
        {
            ["action"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "Action.Execute", ["verb"] = ChecklistVerbs.Save, ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        };
        return activity;
    }
}
