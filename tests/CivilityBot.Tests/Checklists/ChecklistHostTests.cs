using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivilityBot.Cards.Checklists;
using CivilityBot.Tests.Host;

namespace CivilityBot.Tests.Checklists;

public sealed class ChecklistHostTests : IDisposable
{
    private readonly ChecklistsApp _app = new();
    private readonly TestUser _songWei = TestUser.Named("宋伟");
    private readonly TestUser _guoLifang = TestUser.Named("郭立芳");
    private readonly TestUser _wangKeji = TestUser.Named("汪珂吉");

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task My_checklist_shows_the_senders_indicators_with_a_toggle_evidence_field_and_last_change()
    {
        var card = await _app.CardOfAsync("我的清单", _songWei);

        var text = CardClient.Text(card);
        Assert.Contains("我的清单 · 宋伟", text, StringComparison.Ordinal);
        Assert.Contains("第1项", text, StringComparison.Ordinal);
        Assert.Contains("尚未填写", text, StringComparison.Ordinal);
        Assert.DoesNotContain("第16项", text, StringComparison.Ordinal);
        Assert.Equal("false", CardClient.InputValue(card, ChecklistFields.Done("1.1")));
        Assert.Equal(string.Empty, CardClient.InputValue(card, ChecklistFields.Evidence("1.1")) ?? string.Empty);
        Assert.True(CardClient.HasVerb(card, ChecklistVerbs.Save));
        Assert.True(CardClient.HasVerb(card, ChecklistVerbs.Page));
    }

    [Fact]
    public async Task My_checklist_in_English_answers_in_English()
    {
        var card = await _app.CardOfAsync("my checklist", _wangKeji);

        Assert.Contains("My checklist · 汪珂吉", CardClient.Text(card), StringComparison.Ordinal);
        Assert.Contains("Save", CardClient.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_not_on_the_roster_is_told_to_ask_a_coordinator()
    {
        var reply = await _app.TextReplyAsync("我的清单", TestUser.Named("访客"));

        Assert.Contains("协调员", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ticking_a_sub_criterion_stores_it_and_returns_the_updated_card()
    {
        var card = await _app.CardOfAsync("我的清单", _songWei);

        var answer = await _app.PressAsync(card, ChecklistVerbs.Save, _songWei, values =>
        {
            values[ChecklistFields.Done("1.1")] = "true";
            values[ChecklistFields.Evidence("1.1")] = "https://oa.example/学习记录";
        }, activityId: "tick-1");

        Assert.Equal(200, answer.GetProperty("statusCode").GetInt32());
        Assert.Equal(AttachmentTypes.Card, answer.GetProperty("type").GetString());
        var updated = answer.GetProperty("value");
        Assert.Equal("true", CardClient.InputValue(updated, ChecklistFields.Done("1.1")));
        Assert.Contains("已保存 1 项修改", CardClient.Text(updated), StringComparison.Ordinal);
        Assert.Contains("最后修改：宋伟 · 2023-09-15 10:00", CardClient.Text(updated), StringComparison.Ordinal);
        var stored = _app.Store.Find("1.1")!;
        Assert.Equal((true, "https://oa.example/学习记录"), (stored.Done, stored.Evidence));
        var audit = Assert.Single(_app.Store.Audit());
        Assert.Equal(("宋伟", _songWei.AadObjectId, "card", "tick-1"), (audit.ActorName, audit.ActorAadObjectId, audit.Source, audit.ActivityId));
        Assert.Equal(ChecklistsApp.MidCampaign, audit.At);
    }

    [Fact]
    public async Task A_replayed_invoke_applies_once_even_after_the_protocol_forgot_it()
    {
        var card = await _app.CardOfAsync("我的清单", _songWei);
        var data = CardClient.Press(card, ChecklistVerbs.Save, values => values[ChecklistFields.Done("2.1")] = "true");

        await _app.InvokeAsync(ChecklistVerbs.Save, data, _songWei, "same-activity");
        var replay = await _app.InvokeAsync(ChecklistVerbs.Save, data, _songWei, "same-activity");
        _app.Time.Advance(TimeSpan.FromHours(1)); // past the de-duplication window: now only the store can tell
        var late = await _app.InvokeAsync(ChecklistVerbs.Save, data, _songWei, "same-activity");
        var resent = await _app.InvokeAsync(ChecklistVerbs.Save, data, _songWei, "new-activity");

        Assert.Equal(1, _app.Store.AuditCount());
        Assert.Contains("已保存 1 项", CardClient.Text(replay.GetProperty("value")), StringComparison.Ordinal);
        Assert.Contains("已经生效", CardClient.Text(late.GetProperty("value")), StringComparison.Ordinal);
        Assert.Contains("没有修改", CardClient.Text(resent.GetProperty("value")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_card_cannot_overwrite_a_newer_change_and_gets_the_fresh_card_with_a_note()
    {
        var songCard = await _app.CardOfAsync("我的清单", _songWei);
        var guoCard = await _app.CardOfAsync("我的清单", _guoLifang);
        await _app.PressAsync(songCard, ChecklistVerbs.Save, _songWei, values => values[ChecklistFields.Evidence("1.1")] = "宋伟的材料");

        var answer = await _app.PressAsync(guoCard, ChecklistVerbs.Save, _guoLifang, values =>
        {
            values[ChecklistFields.Evidence("1.1")] = "郭立芳的材料";
            values[ChecklistFields.Done("1.2")] = "true";
        });

        var fresh = answer.GetProperty("value");
        Assert.Contains("已被他人修改", CardClient.Text(fresh), StringComparison.Ordinal);
        Assert.Contains("1.1 佐证（宋伟", CardClient.Text(fresh), StringComparison.Ordinal);
        Assert.Equal("宋伟的材料", CardClient.InputValue(fresh, ChecklistFields.Evidence("1.1")));
        Assert.Equal("宋伟的材料", _app.Store.Find("1.1")!.Evidence);
        Assert.True(_app.Store.Find("1.2")!.Done);
    }

    [Fact]
    public async Task Two_owners_saving_the_same_indicator_at_the_same_moment_both_land()
    {
        var songCard = await _app.CardOfAsync("我的清单", _songWei);
        var guoCard = await _app.CardOfAsync("我的清单", _guoLifang);

        await Task.WhenAll(
            _app.PressAsync(songCard, ChecklistVerbs.Save, _songWei, values => values[ChecklistFields.Done("1.1")] = "true"),
            _app.PressAsync(guoCard, ChecklistVerbs.Save, _guoLifang, values => values[ChecklistFields.Done("1.2")] = "true"),
            _app.PressAsync(guoCard, ChecklistVerbs.Save, _guoLifang, values => values[ChecklistFields.Evidence("2.1")] = "党课记录"));

        Assert.True(_app.Store.Find("1.1")!.Done);
        Assert.True(_app.Store.Find("1.2")!.Done);
        Assert.Equal("党课记录", _app.Store.Find("2.1")!.Evidence);
        Assert.Equal(3, _app.Store.AuditCount());
    }

    [Fact]
    public async Task Someone_who_does_not_own_the_indicator_is_refused_and_nothing_changes()
    {
        var songCard = await _app.CardOfAsync("我的清单", _songWei);
        await _app.CardOfAsync("我的清单", _wangKeji);

        var answer = await _app.PressAsync(songCard, ChecklistVerbs.Save, _wangKeji, values => values[ChecklistFields.Done("1.1")] = "true");

        Assert.Equal(AttachmentTypes.Message, answer.GetProperty("type").GetString());
        Assert.Contains("只有该指标的责任人和协调员可以修改", answer.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, _app.Store.AuditCount());
    }

    [Theory]
    [InlineData("unknown-id")]
    [InlineData("someone-elses-item")]
    [InlineData("wrong-indicator")]
    [InlineData("bad-page")]
    [InlineData("object-value")]
    public async Task Tampered_card_data_is_refused_safely(string tampering)
    {
        var card = await _app.CardOfAsync("我的清单", _songWei);
        var data = CardClient.Press(card, ChecklistVerbs.Save, values => values[ChecklistFields.Done("1.1")] = "true");
        Tamper(data, tampering);

        var answer = await _app.InvokeAsync(ChecklistVerbs.Save, data, _songWei);

        Assert.Equal(400, answer.GetProperty("statusCode").GetInt32());
        Assert.Contains("卡片数据无效", answer.GetProperty("value").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, _app.Store.AuditCount());
    }

    [Fact]
    public async Task The_Action_Submit_fallback_saves_and_updates_the_card_in_place()
    {
        var card = await _app.CardOfAsync("我的清单", _songWei);
        var first = CardClient.Press(card, ChecklistVerbs.Save)[ChecklistFields.Items]!.GetValue<string>().Split(',')[0];
        var data = CardClient.Press(card, ChecklistVerbs.Save, values => values[ChecklistFields.Done(first)] = "true");
        data["verb"] = ChecklistVerbs.Save;
        var message = _app.App.Activity("message", _songWei);
        message["value"] = data;
        message["replyToId"] = "card-message-7";

        using (await _app.App.PostAsync(message)) { }

        Assert.Equal("submit", Assert.Single(_app.Store.Audit()).Source);
        var update = Assert.Single(_app.App.Connector.Calls, call => call.Method == HttpMethod.Put);
        Assert.EndsWith("/activities/card-message-7", update.Path, StringComparison.Ordinal);
        Assert.Contains("已保存 1 项修改", CardClient.Text(update.Body!.Value), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paging_moves_through_the_checklist_and_a_stranger_cannot_page_someone_elses()
    {
        var first = await _app.CardOfAsync("我的清单", _songWei);

        var second = (await _app.PressAsync(first, ChecklistVerbs.Page, _songWei)).GetProperty("value");
        var back = (await _app.PressAsync(second, ChecklistVerbs.Page, _songWei)).GetProperty("value");
        var stranger = await _app.InvokeAsync(ChecklistVerbs.Page, CardClient.Press(first, ChecklistVerbs.Page), _wangKeji);

        Assert.Contains("第 1/", CardClient.Text(first), StringComparison.Ordinal);
        Assert.Contains("第 2/", CardClient.Text(second), StringComparison.Ordinal);
        Assert.Contains("上一页", CardClient.Text(second), StringComparison.Ordinal);
        Assert.Contains("第 1/", CardClient.Text(back), StringComparison.Ordinal);
        Assert.Contains("只有本人和协调员", stranger.GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_open_button_from_a_reminder_shows_the_senders_own_checklist()
    {
        // The reminder is Chinese; an English Teams UI (locale en-US) must not turn the checklist into English.
        var answer = await _app.InvokeAsync(ChecklistVerbs.Open, [], _wangKeji, locale: "en-US");

        Assert.Contains("第16项", CardClient.Text(answer.GetProperty("value")), StringComparison.Ordinal);
        Assert.Contains("保存", CardClient.Text(answer.GetProperty("value")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checklist_state_survives_a_restart()
    {
        var path = BotApplication.NewDatabasePath();
        try
        {
            using (var first = new ChecklistsApp(path))
            {
                var card = await first.CardOfAsync("我的清单", _wangKeji);
                await first.PressAsync(card, ChecklistVerbs.Save, _wangKeji, values => values[ChecklistFields.Done("16.1")] = "true");
            }

            using var second = new ChecklistsApp(path);
            var reopened = await second.CardOfAsync("我的清单", _wangKeji);

            Assert.Equal("true", CardClient.InputValue(reopened, ChecklistFields.Done("16.1")));
            Assert.Contains("最后修改：汪珂吉", CardClient.Text(reopened), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void Tamper(JsonObject data, string tampering)
    {
        switch (tampering)
        {
            case "unknown-id":
                data[ChecklistFields.Items] = "1.1,99.9";
                data[ChecklistFields.Seen("99.9")] = "99|0|0|0|e3b0c442";
                break;
            case "someone-elses-item":
                data[ChecklistFields.Items] = "16.1";
                data[ChecklistFields.Seen("16.1")] = "16|0|0|0|e3b0c442";
                data[ChecklistFields.Done("16.1")] = "true";
                break;
            case "wrong-indicator":
                data[ChecklistFields.Seen("1.1")] = "2|0|0|0|e3b0c442";
                break;
            case "bad-page":
                data[ChecklistFields.Page] = "first";
                break;
            default:
                data[ChecklistFields.Done("1.1")] = new JsonObject { ["x"] = 1 };
                break;
        }
    }

    private static class AttachmentTypes
    {
        public const string Card = "application/vnd.microsoft.card.adaptive";
        public const string Message = "application/vnd.microsoft.activity.message";
    }
}
