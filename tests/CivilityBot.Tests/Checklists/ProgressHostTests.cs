using CivilityBot.Cards.Checklists;
using CivilityBot.Tests.Host;

namespace CivilityBot.Tests.Checklists;

public sealed class ProgressHostTests : IDisposable
{
    private readonly ChecklistsApp _app = new();
    private readonly TestUser _coordinator = TestUser.Named("郭立芳");
    private readonly TestUser _wangKeji = TestUser.Named("汪珂吉");

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_tick_by_an_owner_shows_up_in_the_coordinators_progress_card()
    {
        var before = CardClient.Text(await _app.CardOfAsync("进度", _coordinator));
        var card = await _app.CardOfAsync("我的清单", _wangKeji);
        await _app.PressAsync(card, ChecklistVerbs.Save, _wangKeji, values => values[ChecklistFields.Done("16.1")] = "true");

        var after = CardClient.Text(await _app.CardOfAsync("进度", _coordinator));

        Assert.Contains("已完成 0/", before, StringComparison.Ordinal);
        Assert.Contains("已完成 1/", after, StringComparison.Ordinal);
        Assert.Contains("已落实 2 分", after, StringComparison.Ordinal);
        Assert.Contains("全面落实阶段，截止 2023-10-31，还剩 46 天", after, StringComparison.Ordinal);
        Assert.Contains("按类别", after, StringComparison.Ordinal);
        Assert.Contains("按责任人", after, StringComparison.Ordinal);
        Assert.Contains("汪珂吉", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overall_progress_is_for_coordinators_only()
    {
        var reply = await _app.TextReplyAsync("进度", _wangKeji);

        Assert.Contains("只有协调员可以查看总进度", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_progress_covers_the_senders_indicators_and_offers_their_checklist()
    {
        var card = await _app.CardOfAsync("我的进度", _wangKeji);

        var text = CardClient.Text(card);
        Assert.Contains("汪珂吉 的进度", text, StringComparison.Ordinal);
        Assert.Contains("16 学雷锋", text, StringComparison.Ordinal);
        Assert.DoesNotContain("按责任人", text, StringComparison.Ordinal);
        Assert.True(CardClient.HasVerb(card, ChecklistVerbs.Open));
    }

    [Fact]
    public async Task After_the_last_phase_progress_says_the_campaign_is_over_and_counts_open_items_as_late()
    {
        _app.Time.SetUtcNow(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));

        var text = CardClient.Text(await _app.CardOfAsync("progress", _coordinator));

        Assert.Contains("The campaign ended on 2023-11-10", text, StringComparison.Ordinal);
        Assert.Contains("47 late", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_can_open_and_edit_anyones_checklist()
    {
        var card = await _app.CardOfAsync("查看 汪珂吉 的清单", _coordinator);
        var answer = await _app.PressAsync(card, ChecklistVerbs.Save, _coordinator, values => values[ChecklistFields.Evidence("16.1")] = "协调员补充");

        Assert.Contains("汪珂吉 的清单", CardClient.Text(card), StringComparison.Ordinal);
        Assert.Contains("已保存 1 项", CardClient.Text(answer.GetProperty("value")), StringComparison.Ordinal);
        Assert.Equal("郭立芳", _app.Store.Find("16.1")!.ChangedByName);
    }

    [Fact]
    public async Task Others_cannot_open_someone_elses_checklist()
    {
        await _app.CardOfAsync("我的清单", TestUser.Named("宋伟"));

        var reply = await _app.TextReplyAsync("查看宋伟的清单", _wangKeji);

        Assert.Contains("只有本人和协调员", reply, StringComparison.Ordinal);
    }
}
