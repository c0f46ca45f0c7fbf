using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivilityBot.Cards.Checklists;
using CivilityBot.Tests.Checklists;
using CivilityBot.Tests.Host;
using Microsoft.Extensions.DependencyInjection;

namespace CivilityBot.Tests.Conversations;

/// <summary>Inputs real Teams sends, through the whole host: mentions, pasted invisible characters, wrong JSON types, refused replies.</summary>
public sealed class TurnPipelineHostTests : IDisposable
{
    private const string BotMention = "<at>CivilityBot</at>";
    private readonly ChecklistsApp _app = new();
    private readonly TestUser _coordinator = TestUser.Named("刘斌");

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task In_a_group_chat_a_reminder_for_a_mentioned_colleague_names_that_colleague()
    {
        var activity = GroupMessage($"{BotMention} 提醒 <at>宋伟</at>", _coordinator, ("<at>宋伟</at>", "29:songwei", "宋伟"));

        var text = await RepliesTextAsync(activity);

        Assert.DoesNotContain("名单里没有", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", text, StringComparison.Ordinal);
        Assert.Contains("宋伟", text, StringComparison.Ordinal);
        Assert.Contains("预览", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mentioned_colleague_in_a_question_is_answered_in_Chinese_with_their_items()
    {
        var activity = GroupMessage($"{BotMention} <at>宋伟</at> 负责哪些", TestUser.Named("汪珂吉"), ("<at>宋伟</at>", "29:songwei", "宋伟"));

        var text = await RepliesTextAsync(activity);

        Assert.Contains("宋伟", text, StringComparison.Ordinal);
        Assert.Contains("第", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Items", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_opens_a_mentioned_colleagues_checklist_in_a_channel()
    {
        var activity = GroupMessage($"{BotMention} 查看 <at>汪珂吉</at> 的清单", _coordinator, ("<at>汪珂吉</at>", "29:wangkeji", "汪珂吉"));
        activity["conversation"]!["conversationType"] = "channel";

        var text = await RepliesTextAsync(activity);

        Assert.Contains("已私信发送给您：汪珂吉 的清单", text, StringComparison.Ordinal);
        Assert.DoesNotContain("attachments", text, StringComparison.Ordinal);
        Assert.Contains(_app.Messenger.Sent, sent => sent.Person == "刘斌" && sent.Activity.Summary!.StartsWith("汪珂吉 的清单", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_mention_of_a_linked_account_is_read_as_that_persons_roster_name_whatever_its_display_name()
    {
        var wang = TestUser.Named("汪珂吉");
        await _app.App.AskAsync("你好", wang);
        var activity = GroupMessage($"{BotMention} 查看 <at>Keji Wang</at> 的清单", _coordinator, ("<at>Keji Wang</at>", wang.Id, "Keji Wang"));

        var text = await RepliesTextAsync(activity);

        Assert.Contains("已私信发送给您：汪珂吉 的清单", text, StringComparison.Ordinal);
        Assert.DoesNotContain("attachments", text, StringComparison.Ordinal);
        Assert.Contains(_app.Messenger.Sent, sent => sent.Person == "刘斌" && sent.Activity.Summary!.StartsWith("汪珂吉 的清单", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("我的清单\u200b")]
    [InlineData("\ufeff我的\u2060清单")]
    [InlineData("我的清单\u00a0")]
    [InlineData("\u3000我的清单\u200d")]
    [InlineData("&nbsp;我的清单")]
    [InlineData("<p>我的清单</p>")]
    public async Task Invisible_and_unusual_spaces_around_and_inside_a_command_are_ignored(string text)
    {
        var card = await _app.CardReplyAsync(text, TestUser.Named("汪珂吉"));

        Assert.NotNull(card);
        Assert.Contains("汪珂吉", CardClient.Text(card!.Value), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invisible_characters_inside_a_name_still_find_the_person_and_are_not_echoed_back()
    {
        var answer = await _app.App.AskAsync("宋\u200b伟负责哪些", TestUser.Named("汪珂吉"));
        var unknown = await _app.App.AskAsync("随便\u200b问问\u2060", TestUser.Named("汪珂吉"));

        Assert.Contains("宋伟", JsonText(answer), StringComparison.Ordinal);
        Assert.DoesNotContain("\u200b", JsonText(unknown), StringComparison.Ordinal);
        Assert.DoesNotContain("\u2060", JsonText(unknown), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"action":{"type":"Action.Execute","verb":42,"data":{}}}""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"checklist.save","data":[1,2]}}""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"checklist.save","data":{"person":["汪珂吉"],"page":{"x":1},"items":7}}}""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"outbox.cancel","data":{"broadcast":3.5}}}""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"reminders.confirm","data":{"draft":null}}}""")]
    [InlineData("""{"action":"nonsense"}""")]
    public async Task Card_data_of_the_wrong_JSON_type_gets_a_polite_answer_and_changes_nothing(string value)
    {
        var activity = _app.App.Activity("invoke", _coordinator);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = JsonNode.Parse(value);
        var auditBefore = _app.Store.AuditCount();

        using var response = await _app.App.PostAsync(activity);

        Assert.True((int)response.StatusCode < 500, $"HTTP {(int)response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\"statusCode\":500", body, StringComparison.Ordinal);
        Assert.Equal(auditBefore, _app.Store.AuditCount());
    }

    [Fact]
    public async Task A_message_whose_card_data_is_of_the_wrong_type_is_read_as_text()
    {
        var activity = _app.App.Message("第16项谁负责", TestUser.Named("汪珂吉"));
        activity["value"] = JsonNode.Parse("""{"verb":17,"text":["x"]}""");
        activity["deliveryMode"] = "expectReplies";

        using var response = await _app.App.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("汪珂吉", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_whose_card_update_Teams_refuses_with_404_is_stored_and_the_card_comes_as_a_new_message()
    {
        var wang = TestUser.Named("汪珂吉");
        var card = await _app.CardOfAsync("我的清单", wang);
        _app.App.Connector.Respond = call => call.Method == HttpMethod.Put ? Refused(HttpStatusCode.NotFound, "ActivityNotFoundInConversation") : null;
        var submit = _app.App.Message(string.Empty, wang);
        var data = CardClient.Press(card, ChecklistVerbs.Save, values => values[ChecklistFields.Done("16.1")] = "true");
        data["verb"] = ChecklistVerbs.Save;
        submit["value"] = data;
        submit["replyToId"] = "card-1";

        using var first = await _app.App.PostAsync(submit);
        using var again = await _app.App.PostAsync(submit);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.True(_app.Store.Find("16.1")!.Done);
        Assert.Contains(_app.App.Connector.Calls, call => call.Method == HttpMethod.Post && CardClient.Text(call.Body!.Value).Contains("汪珂吉", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reply_Teams_refuses_as_too_large_becomes_a_short_text_and_the_turn_still_answers_200()
    {
        _app.App.Connector.Respond = call => call.Method == HttpMethod.Post && call.Body?.TryGetProperty("attachments", out _) == true
            ? Refused(HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig")
            : null;

        using var response = await _app.App.PostAsync(_app.App.Message("进度", _coordinator));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_app.App.Connector.Calls, call => call.Body is { } body && body.TryGetProperty("text", out var text) && text.GetString()!.Contains("内容太多", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reply_that_cannot_be_delivered_at_all_still_answers_200()
    {
        _app.App.Connector.Respond = _ => Refused(HttpStatusCode.Forbidden, "BotNotInConversationRoster");

        using var response = await _app.App.PostAsync(_app.App.Message("第16项谁负责", _coordinator));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_person_who_blocked_the_bot_is_reachable_again_once_they_write()
    {
        using var app = new BotApplication();
        var song = TestUser.Named("宋伟");
        await app.AskAsync("你好", song);
        var references = app.Services.GetRequiredService<ConversationReferences>();
        var personal = references.FindByAadObjectId(song.AadObjectId).Single(reference => reference.IsPersonal);
        references.MarkBlocked(personal, DateTimeOffset.UtcNow);
        var messenger = app.Services.GetRequiredService<IProactiveMessenger>();
        var whileBlocked = messenger.CheckReachability("宋伟");

        await app.AskAsync("我的清单", song);

        Assert.False(whileBlocked.CanReach);
        Assert.True(messenger.CheckReachability("宋伟").CanReach);
    }

    private JsonObject GroupMessage(string text, TestUser user, params (string Text, string Id, string Name)[] mentions)
    {
        var activity = _app.App.Message(text, user);
        activity["conversation"] = new JsonObject { ["id"] = "19:group@thread.v2", ["conversationType"] = "groupChat", ["tenantId"] = "tenant-1" };
        var entities = new JsonArray(Mention(BotMention, "28:civilitybot", "CivilityBot"));
        foreach (var (mentionText, id, name) in mentions)
        {
            entities.Add(Mention(mentionText, id, name));
        }

        activity["entities"] = entities;
        activity["deliveryMode"] = "expectReplies";
        return activity;
    }

    private static JsonObject Mention(string text, string id, string name) => new()
    {
        ["type"] = "mention",
        ["text"] = text,
        ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name },
    };

    private async Task<string> RepliesTextAsync(JsonObject activity)
    {
        using var response = await _app.App.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string JsonText(IReadOnlyList<JsonElement> activities) => string.Join("\n", activities.Select(a => a.GetRawText()));

    private static HttpResponseMessage Refused(HttpStatusCode status, string code) => new(status)
    {
        Content = new StringContent($$$"""{"error":{"code":"{{{code}}}","message":"refused"}}""", Encoding.UTF8, "application/json"),
    };
}
