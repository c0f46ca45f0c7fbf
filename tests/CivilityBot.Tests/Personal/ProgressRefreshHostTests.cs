using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Progress;
using CivilityBot.Conversations;
using CivilityBot.Tests.Checklists;
using CivilityBot.Tests.Host;

namespace CivilityBot.Tests.Personal;

/// <summary>
/// The whole progress posted in a group carries a Universal Actions refresh listing the linked roster members; Teams'
/// automatic refresh then gives each listed member their own view, and changes nothing for anyone else or any other verb.
/// </summary>
public sealed class ProgressRefreshHostTests : IDisposable
{
    private const string GroupId = "19:group@thread.v2";
    private readonly ChecklistsApp _app = new();
    private readonly TestUser _coordinator = TestUser.Named("刘斌");
    private readonly TestUser _wang = TestUser.Named("汪珂吉");

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Progress_posted_in_a_group_lists_the_linked_members_for_their_own_view_and_has_no_personal_buttons()
    {
        await _app.App.AskAsync("你好", _wang);

        var card = await GroupCardAsync("进度", _coordinator);

        var refresh = card.GetProperty("refresh");
        Assert.Equal(ProgressVerbs.View, refresh.GetProperty("action").GetProperty("verb").GetString());
        var userIds = refresh.GetProperty("userIds").EnumerateArray().Select(id => id.GetString()).ToList();
        Assert.Contains(_coordinator.Id, userIds);
        Assert.Contains(_wang.Id, userIds);
        Assert.Equal(_coordinator.Id, userIds[0]); // coordinators first
        Assert.Contains("文明创建总进度", CardClient.Text(card), StringComparison.Ordinal);
        Assert.False(CardClient.HasVerb(card, ChecklistVerbs.Open));
    }

    [Fact]
    public async Task Progress_in_the_1to1_chat_has_no_refresh()
    {
        var card = await _app.CardOfAsync("进度", _coordinator);

        Assert.False(card.TryGetProperty("refresh", out _));
    }

    [Fact]
    public async Task An_automatic_refresh_from_a_listed_member_answers_with_their_own_progress_and_changes_nothing()
    {
        await _app.App.AskAsync("你好", _wang);
        var auditBefore = _app.Store.AuditCount();

        var answer = await RefreshAsync(ProgressVerbs.View, new JsonObject(), _wang);

        Assert.Equal("application/vnd.microsoft.card.adaptive", answer.GetProperty("type").GetString());
        var view = answer.GetProperty("value");
        Assert.Contains("汪珂吉 的进度", CardClient.Text(view), StringComparison.Ordinal);
        Assert.DoesNotContain("按责任人", CardClient.Text(view), StringComparison.Ordinal);
        Assert.Equal(ProgressVerbs.View, view.GetProperty("refresh").GetProperty("action").GetProperty("verb").GetString());
        Assert.False(CardClient.HasVerb(view, ChecklistVerbs.Open));
        Assert.Equal(auditBefore, _app.Store.AuditCount());
    }

    [Fact]
    public async Task An_automatic_refresh_from_a_coordinator_answers_with_the_whole_progress()
    {
        var answer = await RefreshAsync(ProgressVerbs.View, new JsonObject(), _coordinator);

        Assert.Contains("文明创建总进度", CardClient.Text(answer.GetProperty("value")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_automatic_refresh_from_someone_off_the_roster_leaves_the_card_as_it_is()
    {
        var answer = await RefreshAsync(ProgressVerbs.View, new JsonObject(), TestUser.Named("路人甲"));

        Assert.Equal("application/vnd.microsoft.activity.message", answer.GetProperty("type").GetString());
        Assert.Equal(CardActionRouter.NoOwnView, answer.GetProperty("value").GetString());
    }

    [Fact]
    public async Task An_automatic_refresh_with_a_verb_that_changes_something_is_not_run_and_stores_nothing()
    {
        var card = await _app.CardOfAsync("我的清单", _wang);
        var data = CardClient.Press(card, ChecklistVerbs.Save, values => values[ChecklistFields.Done("16.1")] = "true");
        var auditBefore = _app.Store.AuditCount();

        var answer = await RefreshAsync(ChecklistVerbs.Save, data, _wang);

        Assert.Equal(CardActionRouter.NoOwnView, answer.GetProperty("value").GetString());
        Assert.False(_app.Store.Find("16.1")?.Done ?? false);
        Assert.Equal(auditBefore, _app.Store.AuditCount());
    }

    private async Task<JsonElement> GroupCardAsync(string text, TestUser user)
    {
        var activity = _app.App.SharedMessage(text, user, GroupId);
        activity["deliveryMode"] = "expectReplies";
        using var response = await _app.App.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("activities")[0].GetProperty("attachments")[0].GetProperty("content");
    }

    /// <summary>What Teams sends when it fetches a card's refresh by itself for a listed user in the group.</summary>
    private async Task<JsonElement> RefreshAsync(string verb, JsonObject data, TestUser user)
    {
        var activity = _app.App.Activity("invoke", user);
        activity["conversation"] = new JsonObject { ["id"] = GroupId, ["conversationType"] = "groupChat", ["tenantId"] = "tenant-1" };
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "progress-card-1";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "automatic",
        };
        using var response = await _app.App.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
