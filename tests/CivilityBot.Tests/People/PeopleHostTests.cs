using System.Text.Json.Nodes;
using CivilityBot.Conversations;
using CivilityBot.People;
using CivilityBot.Tests.Checklists;
using CivilityBot.Tests.Host;

namespace CivilityBot.Tests.People;

public sealed class PeopleHostTests : IDisposable
{
    private readonly ChecklistsApp _app = new();
    private readonly TestUser _coordinator = TestUser.Named("郭立芳");

    public void Dispose() => _app.Dispose();

    [Fact]
    public void The_default_coordinators_come_from_the_campaign_data()
    {
        var roles = _app.Service<CoordinatorRoles>();

        Assert.Equal(["刘斌", "周敬军", "晏桃保", "郭立芳"], roles.Coordinators().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_user_whose_display_name_is_a_roster_name_is_linked_on_first_contact_and_audited()
    {
        var songWei = TestUser.Named("宋伟");

        await _app.App.AskAsync("你好", songWei);

        var link = _app.Service<IPeopleDirectory>().FindLink("宋伟")!;
        Assert.Equal((songWei.AadObjectId, songWei.Id, PersonLinkOrigins.Auto), (link.AadObjectId, link.TeamsUserId, link.LinkedBy));
        var audit = _app.Service<IPeopleStore>().Audit().Single(entry => entry.Action == PeopleAuditActions.AutoLink);
        Assert.Equal(("宋伟", songWei.AadObjectId), (audit.PersonName, audit.Detail));
    }

    [Fact]
    public async Task A_second_account_with_the_same_display_name_is_not_linked()
    {
        await _app.App.AskAsync("你好", TestUser.Named("宋伟"));
        var impostor = TestUser.LookAlike("宋伟");

        var reply = await _app.TextReplyAsync("我的清单", impostor);

        Assert.Contains("还没有关联", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_strict_mode_only_a_coordinator_links_people()
    {
        using var strict = new ChecklistsApp(settings: new Dictionary<string, string?> { ["People:AutoLinkByName"] = "false" });
        var songWei = TestUser.Named("宋伟");
        await strict.App.AskAsync("你好", songWei);
        var notYet = await strict.TextReplyAsync("我的清单", songWei);

        var linkedByDirector = await strict.TextReplyAsync($"关联 宋伟 {songWei.AadObjectId}", Director(strict));
        var card = await strict.CardReplyAsync("我的清单", songWei);

        Assert.Contains("还没有关联", notYet, StringComparison.Ordinal);
        Assert.Contains("已将 宋伟 关联到账号", linkedByDirector, StringComparison.Ordinal);
        Assert.NotNull(card);
        var link = strict.Service<IPeopleDirectory>().FindLink("宋伟")!;
        Assert.Equal((songWei.Id, "晏桃保"), (link.TeamsUserId, link.LinkedBy));
    }

    [Fact]
    public async Task A_coordinator_can_link_by_mention_using_what_the_bot_has_seen()
    {
        using var strict = new ChecklistsApp(settings: new Dictionary<string, string?> { ["People:AutoLinkByName"] = "false" });
        var colleague = TestUser.Named("小宋");
        await strict.App.AskAsync("你好", colleague);
        var director = Director(strict);
        var message = strict.App.Message("关联 宋伟 <at>小宋</at>", director);
        message["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>小宋</at>",
            ["mentioned"] = new JsonObject { ["id"] = colleague.Id, ["name"] = "小宋" },
        });
        message["deliveryMode"] = "expectReplies";

        using (await strict.App.PostAsync(message)) { }
        var linked = strict.Service<IPeopleDirectory>().FindLink("宋伟")!;
        var resolved = strict.Service<IPeopleDirectory>().ResolvePerson(Reference(colleague));

        Assert.Equal((null, colleague.Id), (linked.AadObjectId, linked.TeamsUserId));
        Assert.Equal("宋伟", resolved);
        var completed = strict.Service<IPeopleDirectory>().FindLink("宋伟")!;
        Assert.Equal((colleague.AadObjectId, colleague.Id), (completed.AadObjectId, completed.TeamsUserId));
    }

    [Fact]
    public async Task Unlinking_frees_the_person_and_is_audited()
    {
        var songWei = TestUser.Named("宋伟");
        await _app.App.AskAsync("你好", songWei);

        var reply = await _app.TextReplyAsync("取消关联 宋伟", _coordinator);

        Assert.Equal("已取消 宋伟 的账号关联。", reply);
        Assert.Null(_app.Service<IPeopleDirectory>().FindLink("宋伟"));
        var audit = _app.Service<IPeopleStore>().Audit().Single(entry => entry.Action == PeopleAuditActions.Unlink);
        Assert.Equal(("郭立芳", _coordinator.AadObjectId), (audit.ActorName, audit.ActorAadObjectId));
    }

    [Fact]
    public async Task One_Teams_account_cannot_be_linked_to_two_people()
    {
        var songWei = TestUser.Named("宋伟");
        await _app.App.AskAsync("你好", songWei);

        var reply = await _app.TextReplyAsync($"关联 石勇 {songWei.AadObjectId}", _coordinator);

        Assert.Contains("该账号已关联到 宋伟", reply, StringComparison.Ordinal);
        Assert.Null(_app.Service<IPeopleDirectory>().FindLink("石勇"));
    }

    [Fact]
    public async Task The_roster_lists_everyone_with_link_state_for_coordinators_only()
    {
        await _app.App.AskAsync("你好", TestUser.Named("宋伟"));

        var card = CardClient.Text(await _app.CardOfAsync("人员", _coordinator));
        var refused = await _app.TextReplyAsync("people", TestUser.Named("汪珂吉"));

        Assert.Contains("按显示名自动关联", card, StringComparison.Ordinal);
        Assert.Contains("彭挺", card, StringComparison.Ordinal);
        Assert.Contains("郭立芳（协调员）", card, StringComparison.Ordinal);
        Assert.Equal("Only coordinators can do this. Please ask a coordinator in the leading group office.", refused);
    }

    [Fact]
    public async Task Coordinators_grant_and_revoke_the_role_and_each_change_is_audited()
    {
        var songWei = TestUser.Named("宋伟");

        await _app.TextReplyAsync($"关联 宋伟 {songWei.AadObjectId}", _coordinator);
        var granted = await _app.TextReplyAsync("设为协调员 宋伟", _coordinator);
        var progress = await _app.CardReplyAsync("进度", songWei);
        var revoked = await _app.TextReplyAsync("取消协调员 宋伟", _coordinator);
        var refused = await _app.TextReplyAsync("进度", songWei);

        Assert.Equal("已将 宋伟 设为协调员。", granted);
        Assert.NotNull(progress);
        Assert.Equal("已取消 宋伟 的协调员身份。", revoked);
        Assert.Contains("只有协调员", refused, StringComparison.Ordinal);
        var actions = _app.Service<IPeopleStore>().Audit().Where(entry => entry.PersonName == "宋伟").Select(entry => entry.Action);
        Assert.Equal([PeopleAuditActions.Link, PeopleAuditActions.GrantCoordinator, PeopleAuditActions.LinkCompleted, PeopleAuditActions.RevokeCoordinator], actions);
    }

    [Fact]
    public async Task A_look_alike_who_writes_first_under_a_coordinators_name_can_neither_use_nor_grant_the_role()
    {
        using var fresh = new ChecklistsApp();
        var impostor = TestUser.LookAlike("刘斌");

        var progress = await fresh.TextReplyAsync("进度", impostor);
        var grant = await fresh.TextReplyAsync("设为协调员 汪珂吉", impostor);
        var real = await fresh.CardReplyAsync("进度", TestUser.Named("刘斌"));

        Assert.Contains("按显示名自动关联", progress, StringComparison.Ordinal);
        Assert.Contains("按显示名自动关联", grant, StringComparison.Ordinal);
        Assert.DoesNotContain("汪珂吉", fresh.Service<CoordinatorRoles>().Coordinators());
        Assert.NotNull(real);
        Assert.Equal(PersonLinkOrigins.Bootstrap, fresh.Service<IPeopleDirectory>().FindLink("刘斌")!.LinkedBy);
    }

    [Fact]
    public async Task Non_coordinators_cannot_change_roles_or_links()
    {
        var owner = TestUser.Named("汪珂吉");

        var grant = await _app.TextReplyAsync("设为协调员 汪珂吉", owner);
        var link = await _app.TextReplyAsync($"关联 宋伟 {Guid.NewGuid()}", owner);

        Assert.Contains("只有协调员", grant, StringComparison.Ordinal);
        Assert.Contains("只有协调员", link, StringComparison.Ordinal);
        Assert.False(_app.Service<IPeopleDirectory>().IsCoordinator("汪珂吉"));
    }

    [Fact]
    public async Task Revoked_default_roles_stay_revoked_after_a_restart()
    {
        var path = BotApplication.NewDatabasePath();
        try
        {
            using (var first = new ChecklistsApp(path))
            {
                await first.TextReplyAsync("取消协调员 周敬军", TestUser.Named("郭立芳"));
            }

            using var second = new ChecklistsApp(path);
            Assert.False(second.Service<IPeopleDirectory>().IsCoordinator("周敬军"));
            Assert.True(second.Service<IPeopleDirectory>().IsCoordinator("郭立芳"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static TestUser Director(ChecklistsApp app)
    {
        var director = TestUser.Named("晏桃保-账号");
        app.Service<PeopleDirectory>().Link("晏桃保", new TeamsIdentity(director.AadObjectId, director.Id, "tenant-1"), "测试", null);
        return director;
    }

    private static ConversationReferenceRecord Reference(TestUser user) => new()
    {
        Id = ConversationReferenceRecord.KeyFor(user.PersonalConversationId, user.Id),
        UserId = user.Id,
        AadObjectId = user.AadObjectId,
        UserName = user.Name,
        ConversationId = user.PersonalConversationId,
        ServiceUrl = BotApplication.ServiceUrl,
    };
}
