using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivilityBot.Protocol;
using CivilityBot.Tests.Host;
using CivilityBot.Tests.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace CivilityBot.Tests.Personal;

/// <summary>
/// Personal cards asked for in a group chat or channel (我的清单, 我的进度, 查看 X 的清单) land in the sender's 1:1 chat on
/// the connector simulator; the shared conversation gets a pointer that @mentions the sender, or plain guidance when no
/// 1:1 chat can be reached, and never the card.
/// </summary>
public sealed class PersonalDeliveryHostTests : IDisposable
{
    private const string GroupId = "19:group@thread.v2";
    private readonly TeamsConnectorSimulator _simulator = new(SimulatorLimits.Teams);
    private readonly BotApplication _app;
    private readonly TestUser _wang = TestUser.Named("汪珂吉");
    private readonly TestUser _coordinator = TestUser.Named("刘斌");

    public PersonalDeliveryHostTests()
    {
        _app = new BotApplication
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
    public async Task My_checklist_asked_in_a_group_chat_goes_to_a_new_1to1_chat_and_the_group_gets_a_pointer_that_mentions_the_sender()
    {
        await PostInGroupAsync("我的清单", _wang);

        Assert.Equal([_wang.Id], _simulator.CreatedFor);
        var personal = Assert.Single(InPersonalChatOf(_wang));
        Assert.True(HasCard(personal.Activity));
        Assert.Contains("我的清单 · 汪珂吉", personal.Content, StringComparison.Ordinal);
        var pointer = Assert.Single(InGroup());
        Assert.False(HasCard(pointer.Activity));
        Assert.Contains("<at>汪珂吉</at> 已私信发送给您：", Text(pointer), StringComparison.Ordinal);
        Assert.Contains("我的清单 · 汪珂吉", Text(pointer), StringComparison.Ordinal);
        var mention = pointer.Activity.GetProperty("entities")[0];
        Assert.Equal(("mention", "<at>汪珂吉</at>", _wang.Id), (mention.GetProperty("type").GetString(), mention.GetProperty("text").GetString(), mention.GetProperty("mentioned").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task My_progress_asked_in_a_channel_uses_the_stored_1to1_chat_without_creating_one()
    {
        await _app.AskAsync("你好", _wang); // the person's own 1:1 chat with the bot is now stored

        await PostInGroupAsync("我的进度", _wang, "channel");

        Assert.Empty(_simulator.CreatedFor);
        var personal = InPersonalChatOf(_wang);
        Assert.NotEmpty(personal);
        Assert.All(personal, message => Assert.True(HasCard(message.Activity)));
        Assert.Contains("汪珂吉", personal[0].Content, StringComparison.Ordinal);
        var pointer = Assert.Single(InGroup());
        Assert.False(HasCard(pointer.Activity));
        Assert.Contains("已私信发送给您", Text(pointer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_viewing_a_colleagues_checklist_in_a_channel_gets_it_in_their_own_1to1_chat()
    {
        await PostInGroupAsync("查看 宋伟 的清单", _coordinator, "channel");

        var personal = Assert.Single(InPersonalChatOf(_coordinator));
        Assert.Contains("宋伟 的清单", personal.Content, StringComparison.Ordinal);
        Assert.Empty(InPersonalChatOf(TestUser.Named("宋伟")));
        Assert.All(InGroup(), message => Assert.False(HasCard(message.Activity)));
        Assert.Contains("已私信发送给您：宋伟 的清单", Text(Assert.Single(InGroup())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_no_1to1_chat_can_be_reached_the_group_is_told_plainly_what_to_do_and_gets_no_card()
    {
        _simulator.Fail(_wang.Id, SimulatedFault.Forbidden); // Teams refuses to create the 1:1 chat

        await PostInGroupAsync("我的清单", _wang);

        Assert.Empty(InPersonalChatOf(_wang));
        Assert.DoesNotContain(_simulator.Messages, message => HasCard(message.Activity));
        var guidance = Text(Assert.Single(InGroup()));
        Assert.Contains("无法私信发送", guidance, StringComparison.Ordinal);
        Assert.Contains("个人聊天", guidance, StringComparison.Ordinal);
        Assert.Contains("“我的清单”", guidance, StringComparison.Ordinal);
        Assert.DoesNotContain("已私信发送给您", guidance, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asked_in_English_the_pointer_is_in_English()
    {
        await PostInGroupAsync("my checklist", _wang);

        Assert.Single(InPersonalChatOf(_wang));
        Assert.Contains("<at>汪珂吉</at> sent to you in a private chat: My checklist · 汪珂吉", Text(Assert.Single(InGroup())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_the_1to1_chat_nothing_changes_the_card_is_the_reply()
    {
        var replies = await _app.AskAsync("我的清单", _wang);

        var reply = Assert.Single(replies);
        Assert.True(HasCard(reply));
        Assert.Empty(_simulator.Messages);
        Assert.Empty(_simulator.CreatedFor);
    }

    private async Task PostInGroupAsync(string text, TestUser user, string conversationType = "groupChat")
    {
        var activity = _app.SharedMessage(text, user, GroupId, conversationType);
        using var response = await _app.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private List<SimulatedMessage> InGroup() => [.. _simulator.Messages.Where(message => message.ConversationId == GroupId)];

    private List<SimulatedMessage> InPersonalChatOf(TestUser user) =>
        [.. _simulator.Messages.Where(message => message.ConversationId == TeamsConnectorSimulator.PersonalConversationOf(user.Id))];

    private static bool HasCard(JsonElement activity) =>
        activity.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array && attachments.GetArrayLength() > 0;

    private static string Text(SimulatedMessage message) =>
        message.Activity.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty;
}
