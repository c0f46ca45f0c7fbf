using System.Text.Json;
using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Plan;
using CivilityBot.Checklists;
using CivilityBot.Knowledge;
using CivilityBot.Tests.Checklists;
using CivilityBot.Tests.Host;

namespace CivilityBot.Tests.Knowledge.Corrections;

/// <summary>Coordinators correct the plan in chat: preview, confirm, audit, revert; every feature follows at once.</summary>
public sealed class PlanCorrectionHostTests : IDisposable
{
    private readonly ChecklistsApp _app = new();
    private readonly TestUser _coordinator = TestUser.Named("刘斌");
    private readonly TestUser _songWei = TestUser.Named("宋伟");
    private readonly TestUser _wangKeji = TestUser.Named("汪珂吉");

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_coordinator_changes_the_owner_of_16_1_and_answers_checklists_progress_and_reminders_follow_until_reverted()
    {
        var preview = await _app.CardOfAsync("更换责任人 16.1 宋伟", _coordinator);
        var previewText = CardClient.Text(preview);
        Assert.Contains("子项16.1 责任人", previewText, StringComparison.Ordinal);
        Assert.Contains("团委 汪珂吉", previewText, StringComparison.Ordinal);
        Assert.Contains("办公室 宋伟", previewText, StringComparison.Ordinal);
        Assert.Contains("汪珂吉", await AnswerAsync("第16项谁负责"), StringComparison.Ordinal); // a preview changes nothing

        var applied = (await _app.PressAsync(preview, PlanVerbs.Confirm, _coordinator)).GetProperty("value");

        Assert.Contains("已更正（第1号）", CardClient.Text(applied), StringComparison.Ordinal);
        var answer = await AnswerAsync("第16项谁负责");
        Assert.Contains("宋伟", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("汪珂吉", answer, StringComparison.Ordinal);
        Assert.Contains("16.1 ", await AllChecklistPagesAsync(_songWei), StringComparison.Ordinal);
        Assert.DoesNotContain("16.1", await ChecklistOrTextAsync(_wangKeji), StringComparison.Ordinal);
        var mine = CardClient.Text(await _app.CardOfAsync("我的进度", _songWei));
        Assert.True(mine.Contains("16 学雷锋", StringComparison.Ordinal), mine);
        Assert.Contains(_app.Service<IChecklistProgress>().OutstandingFor("宋伟"), item => item.SubCriterionId == "16.1");
        var audit = CardClient.Text(await _app.CardOfAsync("更正记录", _coordinator));
        Assert.Contains("#1 子项16.1 责任人：团委 汪珂吉 → 办公室 宋伟（刘斌，", audit, StringComparison.Ordinal);

        var reverted = (await _app.PressAsync(applied, PlanVerbs.Revert, _coordinator)).GetProperty("value");

        Assert.Contains("已撤销第1号更正", CardClient.Text(reverted), StringComparison.Ordinal);
        Assert.Contains("汪珂吉", await AnswerAsync("第16项谁负责"), StringComparison.Ordinal);
        Assert.Contains("16.1 ", await AllChecklistPagesAsync(_wangKeji), StringComparison.Ordinal);
        Assert.DoesNotContain("16.1 ", await AllChecklistPagesAsync(_songWei), StringComparison.Ordinal);
        Assert.DoesNotContain(_app.Service<IChecklistProgress>().OutstandingFor("宋伟"), item => item.SubCriterionId == "16.1");
        Assert.Contains("已由刘斌于", CardClient.Text(await _app.CardOfAsync("更正记录", _coordinator)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_typed_in_English_previews_and_applies_like_the_Chinese_one()
    {
        var preview = await _app.CardOfAsync("change owner of 16.1 to 宋伟", _coordinator);
        await _app.PressAsync(preview, PlanVerbs.Confirm, _coordinator);

        Assert.Contains("子项16.1 责任人", CardClient.Text(preview), StringComparison.Ordinal);
        Assert.Contains("16.1 ", await AllChecklistPagesAsync(_songWei), StringComparison.Ordinal);
        Assert.Contains("#1 子项16.1 责任人", CardClient.Text(await _app.CardOfAsync("corrections", _coordinator)), StringComparison.Ordinal);
        Assert.Contains("恢复为 团委 汪珂吉", CardClient.Text(await _app.CardOfAsync("undo correction 1", _coordinator)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_progress_card_names_the_new_owner_of_an_indicator()
    {
        var preview = await _app.CardOfAsync("更换责任人 第16项 工会 陈振红", _coordinator);
        await _app.PressAsync(preview, PlanVerbs.Confirm, _coordinator);

        var progress = CardClient.Text(await _app.CardOfAsync("进度", _coordinator));
        var mine = CardClient.Text(await _app.CardOfAsync("我的进度", TestUser.Named("陈振红")));

        Assert.Contains("16 学雷锋", mine, StringComparison.Ordinal);
        Assert.Contains("陈振红", progress, StringComparison.Ordinal);
        Assert.Contains("陈振红", await AnswerAsync("第16项谁负责"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revert_by_command_restores_and_a_second_revert_is_refused()
    {
        var preview = await _app.CardOfAsync("第16项责任人改为 宋伟", _coordinator);
        await _app.PressAsync(preview, PlanVerbs.Confirm, _coordinator);

        var first = await _app.CardOfAsync("撤销更正 1", _coordinator);
        var second = await _app.TextReplyAsync("撤销更正 1", _coordinator);

        Assert.Contains("恢复为 团委 汪珂吉", CardClient.Text(first), StringComparison.Ordinal);
        Assert.Contains("没有生效中的第1号更正", second, StringComparison.Ordinal);
        Assert.Contains("汪珂吉", await AnswerAsync("第16项谁负责"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_preview_is_refused_and_cancel_changes_nothing()
    {
        var first = await _app.CardOfAsync("更换责任人 16.1 宋伟", _coordinator);
        var second = await _app.CardOfAsync("更换责任人 16.1 工会 陈振红", _coordinator);
        await _app.PressAsync(second, PlanVerbs.Confirm, _coordinator);

        var stale = await _app.PressAsync(first, PlanVerbs.Confirm, _coordinator);
        var cancelled = await _app.PressAsync(await _app.CardOfAsync("科室改名 法规科 政策法规科", _coordinator), PlanVerbs.Cancel, _coordinator);

        Assert.Contains("预览已失效", stale.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("计划没有任何修改", CardClient.Text(cancelled.GetProperty("value")), StringComparison.Ordinal);
        Assert.Contains("陈振红", await AnswerAsync("第16项谁负责"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phase_date_change_moves_the_deadline_on_the_progress_card()
    {
        var preview = await _app.CardOfAsync("修改阶段日期 第二阶段 2023-08-01至2023-10-20", _coordinator);
        await _app.PressAsync(preview, PlanVerbs.Confirm, _coordinator);

        var progress = CardClient.Text(await _app.CardOfAsync("进度", _coordinator));

        Assert.True(progress.Contains("截止 2023-10-20", StringComparison.Ordinal), progress);
        Assert.Contains("截止 2023-10-20", progress, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("更换责任人 16.1 王五", "名册中没有王五")]
    [InlineData("更换责任人 99 宋伟", "没有第99项")]
    [InlineData("修改阶段日期 第二阶段 明年", "日期请写作")]
    [InlineData("科室改名 不存在科 新科", "没有“不存在科”这个科室")]
    public async Task Bad_corrections_get_a_chinese_reason_and_change_nothing(string command, string reason)
    {
        var reply = await _app.TextReplyAsync(command, _coordinator);

        Assert.Contains(reason, reply, StringComparison.Ordinal);
        Assert.Contains("计划没有任何修改", reply, StringComparison.Ordinal);
        Assert.Equal(0, _app.Service<IPlan>().Version);
    }

    [Fact]
    public async Task Only_coordinators_may_correct_the_plan()
    {
        var reply = await _app.TextReplyAsync("更换责任人 16.1 宋伟", _wangKeji);
        var help = CardClient.Text(await _app.CardOfAsync("更正帮助", _wangKeji));

        Assert.Contains("协调员", reply, StringComparison.Ordinal);
        Assert.Equal(0, _app.Service<IPlan>().Version);
        Assert.Contains("撤销更正 3", help, StringComparison.Ordinal);
    }

    private async Task<string> AnswerAsync(string question) => CardClient.Text(await _app.CardOfAsync(question, _wangKeji));

    /// <summary>The text of every page of the person's 我的清单, pressing the page buttons as Teams would.</summary>
    private async Task<string> AllChecklistPagesAsync(TestUser user)
    {
        var first = await _app.CardOfAsync("我的清单", user);
        var text = CardClient.Text(first);
        var pages = System.Text.RegularExpressions.Regex.Match(text, @"第 1/(\d+) 页") is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
        for (var page = 2; page <= pages; page++)
        {
            var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var answer = await _app.PressAsync(first, ChecklistVerbs.Page, user, values => values[ChecklistFields.Page] = number);
            text += "\n" + CardClient.Text(answer.GetProperty("value"));
        }

        return text;
    }

    private async Task<string> ChecklistOrTextAsync(TestUser user) =>
        await _app.CardReplyAsync("我的清单", user) is { } card ? CardClient.Text(card) : await _app.TextReplyAsync("我的清单", user);
}
