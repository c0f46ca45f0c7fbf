using System.Text;
using System.Text.Json;
using CivilityBot.Cards.Model;
using CivilityBot.Cards.Plan;
using CivilityBot.Knowledge;
using CivilityBot.Knowledge.Corrections;
using CivilityBot.Knowledge.Rounds;
using CivilityBot.Tests.Checklists;
using CivilityBot.Tests.Host;
using CivilityBot.Turns;
using CivilityBot.Uploads;

namespace CivilityBot.Tests.Knowledge.Rounds;

/// <summary>
/// The task breakdown table as an upload purpose, called as the upload intake will call it: a report and a preview,
/// nothing applied until a coordinator confirms; every bad table is a clear report that changes nothing.
/// </summary>
public sealed class TaskTableUploadHostTests : IDisposable
{
    private static readonly DateTimeOffset March2026 = new(2026, 3, 15, 2, 0, 0, TimeSpan.Zero);
    private static readonly SenderIdentity Coordinator = new("刘斌", true, TestUser.AadObjectIdOf("刘斌"));
    private readonly ChecklistsApp _app = new();
    private readonly TestUser _coordinator = TestUser.Named("刘斌");

    public TaskTableUploadHostTests() => _app.Time.SetUtcNow(March2026);

    public void Dispose() => _app.Dispose();

    private static Campaign Seed => SeedCampaign.Campaign;

    private IUploadPurpose Purpose => _app.Service<IEnumerable<IUploadPurpose>>().Single(purpose => purpose.Key == "task-table");

    private PlanState Plan => _app.Service<PlanState>();

    [Fact]
    public void The_purpose_takes_one_xlsx_from_coordinators_only()
    {
        Assert.Equal(("task-table", "任务分解表", ".xlsx"), (Purpose.Key, Purpose.Title, Assert.Single(Purpose.Extensions)));
        Assert.InRange(Purpose.MaxBytes, 1024 * 1024, 20 * 1024 * 1024);
        Assert.Null(Purpose.Refusal(Request(Coordinator)));
        Assert.Contains("协调", Purpose.Refusal(Request(new SenderIdentity("汪珂吉", false, TestUser.AadObjectIdOf("汪珂吉")))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_good_table_previews_the_new_round_and_confirming_gives_the_same_indicators_points_and_owners()
    {
        await _app.CardOfAsync("查看轮次", _coordinator); // signs the coordinator in

        var receipt = await ReceiveAsync(TaskTableWorkbook.Of(Seed), target: "2026-03-01 2026-06-30");

        Assert.Contains("有1处需要核对", receipt.Text, StringComparison.Ordinal);
        Assert.Contains("第1类", receipt.Text, StringComparison.Ordinal);
        var preview = CardJson.ToElement(receipt.Card!);
        var previewText = CardClient.Text(preview);
        Assert.Contains("导入任务分解表（预览）", previewText, StringComparison.Ordinal);
        Assert.Contains("31项指标", previewText, StringComparison.Ordinal);
        Assert.Contains("至2026-06-30", previewText, StringComparison.Ordinal);
        Assert.Equal(0, Plan.Version); // nothing applied on receipt

        var started = (await _app.PressAsync(preview, RoundVerbs.Confirm, _coordinator)).GetProperty("value");

        Assert.Contains("已开始新一轮：2026年", CardClient.Text(started), StringComparison.Ordinal);
        var current = Plan.Current;
        Assert.Equal(RoundOrigin.Import, Plan.ActiveRound.Origin);
        Assert.Equal(Seed.Indicators.SelectMany(indicator => indicator.SubCriteria).Select(sub => Shape(Seed, sub)),
            current.Indicators.SelectMany(indicator => indicator.SubCriteria).Select(sub => Shape(current, sub)));
        Assert.Contains("汪珂吉", CardClient.Text(await _app.CardOfAsync("第16项谁负责", _coordinator)), StringComparison.Ordinal);
        Assert.DoesNotMatch(@"[1-9]\d* 项逾期", CardClient.Text(await _app.CardOfAsync("进度", _coordinator)));
    }

    [Fact]
    public async Task Without_dates_the_import_keeps_the_current_dates_and_says_so()
    {
        var receipt = await ReceiveAsync(TaskTableWorkbook.Of(Seed));

        Assert.Contains("阶段日期沿用当前计划", CardClient.Text(CardJson.ToElement(receipt.Card!)), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Errors => new()
    {
        { "missing column", "缺少列：责任人" },
        { "empty sheet", "表格是空的" },
        { "not a spreadsheet", "不是可读取的Excel表格" },
        { "no points", "（2分）" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task A_bad_table_gets_a_report_without_a_confirm_button_and_nothing_is_applied(string bad, string reason)
    {
        var receipt = await ReceiveAsync(Bad(bad));

        Assert.StartsWith("任务分解表未能导入，计划没有任何修改", receipt.Text, StringComparison.Ordinal);
        Assert.Contains(reason, receipt.Text, StringComparison.Ordinal);
        Assert.Null(receipt.Card);
        Assert.Equal((0, 1), (Plan.Version, Plan.Rounds().Count));
    }

    public static TheoryData<string, string> Warnings => new()
    {
        { "sum", "第5类“文明风尚行动”标注20分，但子项合计16分" },
        { "unknown person", "名册中没有：张三丰（质安科）" },
    };

    [Theory]
    [MemberData(nameof(Warnings))]
    public async Task A_table_that_needs_checking_is_reported_on_the_preview_and_nothing_is_applied_until_confirmed(string bad, string finding)
    {
        var receipt = await ReceiveAsync(Bad(bad));

        Assert.Contains(finding, receipt.Text, StringComparison.Ordinal);
        Assert.Contains(finding, CardClient.Text(CardJson.ToElement(receipt.Card!)), StringComparison.Ordinal);
        Assert.Equal((0, 1), (Plan.Version, Plan.Rounds().Count));
        Assert.Null(Plan.Current.FindPerson("张三丰"));
    }

    [Fact]
    public async Task Someone_who_is_not_a_coordinator_is_refused_and_nothing_changes()
    {
        var receipt = await Purpose.ReceiveAsync(Request(new SenderIdentity("汪珂吉", false, TestUser.AadObjectIdOf("汪珂吉"))),
            File(TaskTableWorkbook.Of(Seed)), CancellationToken.None);

        Assert.Contains("协调", receipt.Text, StringComparison.Ordinal);
        Assert.Null(receipt.Card);
        Assert.Equal((0, 1), (Plan.Version, Plan.Rounds().Count));
    }

    private static byte[] Bad(string kind) => kind switch
    {
        "missing column" => TaskTableWorkbook.Of(Seed, header: ["序号", "考评内容", "考评标准", "考评方式", "责任科室", "备注"]),
        "empty sheet" => EmptySheet(),
        "not a spreadsheet" => Encoding.UTF8.GetBytes("序号,考评内容\n1,这不是Excel"),
        "no points" => TaskTableWorkbook.Of(Seed, row => [.. row[..2], row[2].Replace("（2分）", string.Empty, StringComparison.Ordinal), .. row[3..]]),
        "sum" => TaskTableWorkbook.Of(Seed, row => row[0] == "5" && row[1].Length > 0 ? [row[0], "文明风尚行动 20 分", .. row[2..]] : row),
        _ => TaskTableWorkbook.Of(Seed, row => row[5].Contains("彭 挺", StringComparison.Ordinal) ? [.. row[..5], "张三丰"] : row),
    };

    private static byte[] EmptySheet()
    {
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, new List<Dictionary<string, object>>(), printHeader: false);
        return stream.ToArray();
    }

    private Task<UploadReceipt> ReceiveAsync(byte[] xlsx, string target = "") =>
        Purpose.ReceiveAsync(Request(Coordinator, target), File(xlsx), CancellationToken.None);

    private static UploadRequest Request(SenderIdentity sender, string target = "") => new("task-table", target, sender);

    private static UploadedFile File(byte[] bytes) => new("任务分解表.xlsx", bytes.Length, new MemoryStream(bytes));

    private static string Shape(Campaign campaign, SubCriterion sub) =>
        $"{sub.Id}|{sub.Text}|{sub.Score}|{string.Join(",", campaign.MethodsOf(sub))}|{string.Join(",", campaign.OwnersOf(sub).Select(owner => owner.Department + " " + owner.Person))}";
}
