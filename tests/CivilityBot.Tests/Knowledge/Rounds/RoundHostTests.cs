using System.Net;
using System.Text.Json;
using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Plan;
using CivilityBot.Checklists;
using CivilityBot.Knowledge.Corrections;
using CivilityBot.Tests.Checklists;
using CivilityBot.Tests.Host;
using MiniExcelLibs;

namespace CivilityBot.Tests.Knowledge.Rounds;

/// <summary>A coordinator starts the next round by copying the plan with new dates; the 2023 round stays readable and exportable.</summary>
public sealed class RoundHostTests : IDisposable
{
    private static readonly DateTimeOffset March2026 = new(2026, 3, 15, 2, 0, 0, TimeSpan.Zero);
    private readonly ChecklistsApp _app = new();
    private readonly TestUser _coordinator = TestUser.Named("刘斌");
    private readonly TestUser _wangKeji = TestUser.Named("汪珂吉");

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_copy_with_2026_dates_makes_nothing_late_and_the_2023_ledger_still_exports()
    {
        var checklist = await _app.CardOfAsync("我的清单", _wangKeji);
        await _app.PressAsync(checklist, ChecklistVerbs.Save, _wangKeji, values => values[ChecklistFields.Done("16.1")] = "true");
        _app.Time.SetUtcNow(March2026);
        Assert.Matches(@"[1-9]\d* 项逾期", CardClient.Text(await _app.CardOfAsync("进度", _coordinator)));

        var preview = await _app.CardOfAsync("开始新一轮 2026-03-01 2026-06-30", _coordinator);

        var previewText = CardClient.Text(preview);
        Assert.Contains("开始新一轮（预览）", previewText, StringComparison.Ordinal);
        Assert.Contains("2026-03-01至", previewText, StringComparison.Ordinal);
        Assert.Contains("至2026-06-30", previewText, StringComparison.Ordinal);
        Assert.Contains("2023年：已完成 1/", previewText, StringComparison.Ordinal);
        Assert.Contains("2023-11-10", await AnswerAsync("验收什么时候"), StringComparison.Ordinal); // a preview changes nothing

        var started = (await _app.PressAsync(preview, RoundVerbs.Confirm, _coordinator)).GetProperty("value");

        Assert.Contains("已开始新一轮：2026年", CardClient.Text(started), StringComparison.Ordinal);
        var progress = CardClient.Text(await _app.CardOfAsync("进度", _coordinator));
        Assert.Contains("0 项逾期", progress, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"[1-9]\d* 项逾期", progress);
        Assert.Null(_app.Store.Find("16.1")); // the new round's checklists start empty
        Assert.Contains(_app.Service<IChecklistProgress>().OutstandingFor("汪珂吉"), item => item.SubCriterionId == "16.1"); // reminders follow
        Assert.Contains("2026", await AnswerAsync("验收什么时候"), StringComparison.Ordinal);

        var ledger = await _app.CardOfAsync("导出2023年台账", _coordinator);
        Assert.Contains("2023年台账导出", CardClient.Text(ledger), StringComparison.Ordinal);
        using var client = _app.App.CreateClient();
        using var xlsx = await client.GetAsync(new Uri(Url(ledger, ".xlsx")).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var workbook = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var row = workbook.Query(useHeaderRow: true, sheetName: LedgerExporter.LedgerSheet).Cast<IDictionary<string, object?>>()
            .Single(r => (string?)r["子项编号"] == "16.1");
        Assert.Equal(("已完成", "汪珂吉"), (row["状态"], row["最后修改人"]));
        Assert.Single(workbook.Query(useHeaderRow: true, sheetName: LedgerExporter.AuditSheet));
        Assert.Contains(RoundLedgerDownloadSource.CorrectionsSheet, workbook.GetSheetNames());
        using var csv = await client.GetAsync(new Uri(Url(ledger, ".csv")).PathAndQuery);
        Assert.Contains("16.1", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("文明创建台账-2023年-", csv.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_archived_round_is_listed_and_read_only_and_the_new_round_keeps_its_own_checklists()
    {
        var checklist = await _app.CardOfAsync("我的清单", _wangKeji);
        await _app.PressAsync(checklist, ChecklistVerbs.Save, _wangKeji, values => values[ChecklistFields.Done("16.1")] = "true");
        var correction = await _app.CardOfAsync("修改阶段日期 第二阶段 2023-08-01至2023-10-30", _coordinator);
        await _app.PressAsync(correction, PlanVerbs.Confirm, _coordinator);
        _app.Time.SetUtcNow(March2026);
        await StartAsync("开始新一轮 2026-03-01至2026-03-31 2026-04-01至2026-06-20 2026-06-21至2026-06-30");

        var fresh = await _app.CardOfAsync("我的清单", _wangKeji);
        await _app.PressAsync(fresh, ChecklistVerbs.Save, _wangKeji, values => values[ChecklistFields.Evidence("16.1")] = "2026年第一次活动照片");
        var list = await _app.CardOfAsync("查看轮次", _coordinator);

        var text = CardClient.Text(list);
        Assert.Contains("共2轮，当前为“2026年”", text, StringComparison.Ordinal);
        Assert.Contains("第1轮 2023年（已归档，", text, StringComparison.Ordinal);
        Assert.Contains("2023-07-01至2023-11-10；已完成 1/", text, StringComparison.Ordinal);
        Assert.Contains("计划更正 1 次", text, StringComparison.Ordinal);
        Assert.Contains("第2轮 2026年（当前）：2026-03-01至2026-06-30；已完成 0/", text, StringComparison.Ordinal);
        Assert.Contains("导出2023年台账", text, StringComparison.Ordinal);
        Assert.Contains("没有生效中的第1号更正", await _app.TextReplyAsync("撤销更正 1", _coordinator), StringComparison.Ordinal);
        Assert.Equal("还没有任何更正。发送“更正帮助”查看怎样更正。", await _app.TextReplyAsync("更正记录", _coordinator));
        var archived = _app.Service<IRoundChecklistStores>().For(1);
        Assert.True(archived.Find("16.1")!.Done);
        Assert.Null(archived.Find("16.1")!.Evidence); // the new round's save did not touch the archive
        Assert.Equal("2026年第一次活动照片", _app.Store.Find("16.1")!.Evidence);

        var ledger = (await _app.PressAsync(list, RoundVerbs.Ledger, _coordinator, values => values.Clear())).GetProperty("value");
        Assert.Contains("台账导出", CardClient.Text(ledger), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_round_survives_a_restart()
    {
        var path = BotApplication.NewDatabasePath();
        try
        {
            using (var first = new ChecklistsApp(path))
            {
                first.Time.SetUtcNow(March2026);
                var preview = await first.CardOfAsync("开始新一轮 2026-03-01 2026-06-30", _coordinator);
                await first.PressAsync(preview, RoundVerbs.Confirm, _coordinator);
            }

            using var second = new ChecklistsApp(path);
            second.Time.SetUtcNow(March2026);
            var answer = CardClient.Text(await second.CardOfAsync("验收什么时候", _coordinator));
            Assert.Contains("2026", answer, StringComparison.Ordinal);
            Assert.Contains("第2轮 2026年（当前）", CardClient.Text(await second.CardOfAsync("查看轮次", _coordinator)), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
            File.Delete(Path.ChangeExtension(path, null) + "-log.db");
        }
    }

    [Fact]
    public async Task A_second_press_or_a_stale_preview_starts_nothing()
    {
        _app.Time.SetUtcNow(March2026);
        var preview = await _app.CardOfAsync("开始新一轮 2026-03-01 2026-06-30", _coordinator);
        var older = await _app.CardOfAsync("开始新一轮 2026-04-01 2026-07-31", _coordinator);
        await _app.PressAsync(preview, RoundVerbs.Confirm, _coordinator);

        var again = (await _app.PressAsync(preview, RoundVerbs.Confirm, _coordinator)).GetProperty("value").GetString();
        var stale = (await _app.PressAsync(older, RoundVerbs.Confirm, _coordinator)).GetProperty("value").GetString();

        Assert.Contains("预览已失效", again, StringComparison.Ordinal);
        Assert.Contains("预览已失效", stale, StringComparison.Ordinal);
        Assert.Equal(2, _app.Service<PlanState>().Rounds().Count);
        Assert.Contains("至2026-06-30", CardClient.Text(await _app.CardOfAsync("验收什么时候", _coordinator)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_who_is_not_a_coordinator_is_refused_and_nothing_changes()
    {
        var preview = await _app.CardOfAsync("开始新一轮 2026-03-01 2026-06-30", _coordinator);

        var command = await _app.TextReplyAsync("开始新一轮 2026-03-01 2026-06-30", _wangKeji);
        var press = (await _app.PressAsync(preview, RoundVerbs.Confirm, _wangKeji)).GetProperty("value").GetString();
        var rounds = await _app.TextReplyAsync("查看轮次", _wangKeji);
        var import = await _app.TextReplyAsync("导入任务分解表", _wangKeji);

        Assert.All([command, press, rounds, import], reply => Assert.Contains("协调", reply, StringComparison.Ordinal));
        Assert.Single(_app.Service<PlanState>().Rounds());
        Assert.Equal(0, _app.Service<PlanState>().Version);
    }

    [Theory]
    [InlineData("开始新一轮", "日期请写作")]
    [InlineData("开始新一轮 2026-06-30 2026-03-01", "结束日期须晚于开始日期")]
    [InlineData("开始新一轮 2026-03-01至2026-03-31", "本方案有3个阶段")]
    public async Task Bad_dates_get_a_Chinese_reason_and_change_nothing(string text, string reason)
    {
        var reply = await _app.TextReplyAsync(text, _coordinator);

        Assert.Contains(reason, reply, StringComparison.Ordinal);
        Assert.Contains("计划没有任何修改", reply, StringComparison.Ordinal);
        Assert.Single(_app.Service<PlanState>().Rounds());
    }

    [Fact]
    public async Task The_import_command_gives_an_upload_link_and_takes_the_next_file_in_personal_chat()
    {
        var card = await _app.CardOfAsync("导入任务分解表", _coordinator);

        Assert.Contains("发到这个单独聊天里", CardClient.Text(card), StringComparison.Ordinal);
        Assert.Contains("/upload/", card.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(CivilityBot.Knowledge.Rounds.TaskTableUploadPurpose.PurposeKey, _app.Service<CivilityBot.Uploads.PendingUploads>().Find(_coordinator.Name)?.PurposeKey);
    }

    private async Task StartAsync(string command)
    {
        var preview = await _app.CardOfAsync(command, _coordinator);
        await _app.PressAsync(preview, RoundVerbs.Confirm, _coordinator);
    }

    private async Task<string> AnswerAsync(string question) => CardClient.Text(await _app.CardOfAsync(question, _wangKeji));

    private static string Url(JsonElement card, string extension) =>
        card.GetProperty("actions").EnumerateArray().Select(action => action.GetProperty("url").GetString()!).Single(url => url.EndsWith(extension, StringComparison.Ordinal));
}
