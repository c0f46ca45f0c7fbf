using CivilityBot.Cards.Checklists;
using CivilityBot.Checklists;
using CivilityBot.Tests.Host;
using CivilityBot.Tests.Outreach;

namespace CivilityBot.Tests.Checklists;

public sealed class SendChecklistsHostTests : IDisposable
{
    private readonly ChecklistsApp _app = new();
    private readonly TestUser _coordinator = TestUser.Named("周敬军");

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Sending_to_several_people_previews_who_cannot_be_reached_and_sends_nothing_before_confirmation()
    {
        _app.Messenger.Unreachable["石勇"] = "尚未安装机器人";

        var preview = await _app.CardOfAsync("发送清单 宋伟 石勇 汪珂吉", _coordinator);

        var text = CardClient.Text(preview);
        Assert.Contains("将向 3 人发送", text, StringComparison.Ordinal);
        Assert.Contains("石勇：无法送达（尚未安装机器人）", text, StringComparison.Ordinal);
        Assert.True(CardClient.HasVerb(preview, ChecklistVerbs.SendConfirm));
        Assert.Empty(_app.Messenger.Sent);
    }

    [Fact]
    public async Task Confirming_sends_each_person_their_own_checklist_in_the_background_once()
    {
        _app.Messenger.Unreachable["石勇"] = "尚未安装机器人";
        var preview = await _app.CardOfAsync("发送清单 宋伟、石勇、汪珂吉", _coordinator);
        var batchId = CardClient.Press(preview, ChecklistVerbs.SendConfirm)[ChecklistFields.Batch]!.GetValue<string>();

        var answer = await _app.PressAsync(preview, ChecklistVerbs.SendConfirm, _coordinator);
        await OutboxWaits.FinishedAsync(_app.Service<IOutbox>(), int.Parse(batchId, System.Globalization.CultureInfo.InvariantCulture));
        var again = await _app.PressAsync(preview, ChecklistVerbs.SendConfirm, _coordinator);

        Assert.Contains("发送清单 #", CardClient.Text(answer.GetProperty("value")), StringComparison.Ordinal);
        var checklists = _app.Messenger.Sent.Where(pair => pair.Person != "周敬军").ToList();
        Assert.Equal(["宋伟", "汪珂吉"], checklists.Select(pair => pair.Person).Order(StringComparer.Ordinal));
        Assert.Contains("第16项", CardClient.Text(checklists.Single(pair => pair.Person == "汪珂吉").Activity.Attachments![0].Content!.Value), StringComparison.Ordinal);
        var status = CardClient.Text(again.GetProperty("value"));
        Assert.Contains("已完成", status, StringComparison.Ordinal);
        Assert.Contains("石勇", status, StringComparison.Ordinal);
        Assert.Contains("尚未安装机器人", status, StringComparison.Ordinal);
        var counts = _app.Service<IOutbox>().Count(int.Parse(batchId, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((2, 1, 0), (counts.Sent, counts.Unreachable, counts.Pending + counts.Sending));
    }

    [Fact]
    public async Task Cancelling_a_preview_sends_nothing()
    {
        var preview = await _app.CardOfAsync("发送清单", _coordinator);

        var answer = await _app.PressAsync(preview, ChecklistVerbs.SendCancel, _coordinator);
        var late = await _app.PressAsync(preview, ChecklistVerbs.SendConfirm, _coordinator);

        Assert.Contains("已取消", CardClient.Text(answer.GetProperty("value")), StringComparison.Ordinal);
        Assert.Contains("已取消", CardClient.Text(late.GetProperty("value")), StringComparison.Ordinal);
        Assert.Empty(_app.Messenger.Sent);
        Assert.Empty(_app.Service<IOutbox>().ActiveBroadcasts());
    }

    [Fact]
    public async Task Sending_to_all_owners_lists_everyone_who_owns_an_indicator()
    {
        var preview = await _app.CardOfAsync("send checklists", _coordinator);

        var owners = ChecklistPagesOwners();
        Assert.Contains($"their checklist to {owners} people", CardClient.Text(preview), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_to_one_person_is_queued_at_once_and_says_so()
    {
        var reply = await _app.TextReplyAsync("发送清单 汪珂吉", _coordinator);
        var batch = Assert.Single(_app.Service<IOutbox>().RecentBroadcasts(5));
        await OutboxWaits.FinishedAsync(_app.Service<IOutbox>(), batch.Id);

        Assert.Equal("正在把清单发送给 汪珂吉，是否送达会显示在发送状态卡片上。", reply);
        Assert.Contains(_app.Messenger.Sent, pair => pair.Person == "汪珂吉");
        Assert.Equal(1, _app.Service<IOutbox>().Count(batch.Id).Sent);
    }

    [Theory]
    [InlineData("发送清单 张三", "名单中没有：张三")]
    [InlineData("发送清单 徐平 宋伟", "名下没有责任指标：徐平")]
    public async Task Unknown_or_idle_people_are_named_and_nothing_is_sent(string command, string expected)
    {
        var reply = await _app.TextReplyAsync(command, _coordinator);

        Assert.Contains(expected, reply, StringComparison.Ordinal);
        Assert.Empty(_app.Messenger.Sent);
    }

    [Fact]
    public async Task Only_coordinators_can_send_checklists_or_confirm_a_send()
    {
        var owner = TestUser.Named("汪珂吉");
        var preview = await _app.CardOfAsync("发送清单", _coordinator);

        var reply = await _app.TextReplyAsync("发送清单", owner);
        var confirm = await _app.PressAsync(preview, ChecklistVerbs.SendConfirm, owner);

        Assert.Contains("只有协调员", reply, StringComparison.Ordinal);
        Assert.Contains("只有协调员", confirm.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Empty(_app.Messenger.Sent);
    }

    private static int ChecklistPagesOwners() => Knowledge.SeedCampaign.Campaign.Indicators
        .SelectMany(indicator => indicator.Owners).Select(owner => owner.Person).Distinct().Count();
}
