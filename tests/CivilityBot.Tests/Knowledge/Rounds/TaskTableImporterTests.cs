using CivilityBot.Tests.Knowledge;
using System.Text;
using CivilityBot.Checklists;
using CivilityBot.Knowledge;
using CivilityBot.Knowledge.Rounds;
using CivilityBot.Tests.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Tests.Knowledge.Rounds;

public class TaskTableImporterTests
{
    private static Campaign Seed => SeedCampaign.Campaign;

    [Fact]
    public void Read_The2023TableInTheBureausLayout_ImportsTheShippedIndicators()
    {
        var import = Import(TaskTableWorkbook.Of(Seed));

        Assert.True(import.CanApply, string.Join(" ", import.Findings.Select(finding => finding.Chinese)));
        var proposed = import.Proposed!;
        Assert.Equal(Seed.Indicators.Select(Shape), proposed.Indicators.Select(Shape));
        Assert.Equal(Seed.Indicators.SelectMany(indicator => indicator.SubCriteria).Select(sub => SubShape(Seed, sub)),
            proposed.Indicators.SelectMany(indicator => indicator.SubCriteria).Select(sub => SubShape(proposed, sub)));
        Assert.Equal(Seed.Categories.Select(category => (category.Number, category.DeclaredPoints, category.NameInferred)),
            proposed.Categories.Select(category => (category.Number, category.DeclaredPoints, category.NameInferred)));
        Assert.Equal(Seed.Categories.Where(category => !category.NameInferred).Select(category => category.Name),
            proposed.Categories.Where(category => !category.NameInferred).Select(category => category.Name));
        Assert.Equal((2, 1, 10), (proposed.BonusRule!.NationalPointsEach, proposed.BonusRule.ProvincialPointsEach, proposed.BonusRule.MaxPoints));
        Assert.Equal(Seed.BonusRule!.Owners, proposed.BonusRule.Owners);
    }

    [Fact]
    public void Workbook_The2023Table_HasMergedCellsLikeTheBureaus()
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(TaskTableWorkbook.Of(Seed)));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = reader.ReadToEnd();

        Assert.Contains("mergeCell ref=\"A3:A7\"", xml, StringComparison.Ordinal);   // 序号 of category 1 (items 1–3, 5 sub-criteria)
        Assert.Contains("mergeCell ref=\"F3:F7\"", xml, StringComparison.Ordinal);   // 责任人 shared by items 1–3
    }

    [Fact]
    public void Read_The2023Table_ReportsCategory1sPointsAndNothingUnknown()
    {
        var import = Import(TaskTableWorkbook.Of(Seed));

        var finding = Assert.Single(import.Findings);
        Assert.Equal(ImportSeverity.Warning, finding.Severity);
        Assert.Contains("第1类", finding.Chinese, StringComparison.Ordinal);
        Assert.Contains("标注12分，但子项合计10分", finding.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingColumn_IsAnErrorNamingIt()
    {
        var import = Import(TaskTableWorkbook.Of(Seed, header: ["序号", "考评内容", "考评标准", "考评方式", "责任科室", "备注"]));

        Assert.False(import.CanApply);
        Assert.Null(import.Proposed);
        Assert.Contains("缺少列：责任人", Assert.Single(import.Findings).Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CategoryWhoseSumContradictsItsPoints_IsReported()
    {
        var import = Import(TaskTableWorkbook.Of(Seed, row => row[0] == "5" && row[1].Length > 0 ? [row[0], "文明风尚行动 20 分", .. row[2..]] : row));

        Assert.Contains(import.Findings, finding => finding.Chinese.Contains("第5类“文明风尚行动”标注20分，但子项合计16分", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnknownPerson_IsReportedAndWouldJoinTheRoster()
    {
        var import = Import(TaskTableWorkbook.Of(Seed, row => row[5].Contains("彭 挺", StringComparison.Ordinal) ? [.. row[..5], "张三丰"] : row));

        Assert.Contains(import.Findings, finding => finding.Chinese.Contains("名册中没有：张三丰（质安科）", StringComparison.Ordinal));
        Assert.Equal(["质安科"], import.Proposed!.FindPerson("张三丰")!.Departments);
        Assert.Null(Seed.FindPerson("张三丰"));
    }

    [Fact]
    public void Read_EmptySheet_IsAnError()
    {
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, new List<Dictionary<string, object>>(), printHeader: false);

        var import = Import(stream.ToArray());

        Assert.False(import.CanApply);
        Assert.Contains("表格是空的", Assert.Single(import.Findings).Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotASpreadsheet_IsAnError()
    {
        var import = Import(Encoding.UTF8.GetBytes("序号,考评内容\n1,这不是Excel"));

        Assert.False(import.CanApply);
        Assert.Contains("不是可读取的Excel表格", Assert.Single(import.Findings).Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NumbersButNoPoints_IsAnError()
    {
        var import = Import(TaskTableWorkbook.Of(Seed, row => [.. row[..2], row[2].Replace("（2分）", string.Empty, StringComparison.Ordinal), .. row[3..]]));

        Assert.False(import.CanApply);
        Assert.Contains(import.Findings, finding => finding.Severity == ImportSeverity.Error && finding.Chinese.Contains("（2分）", StringComparison.Ordinal));
    }

    [Fact]
    public void WithDates_A2026Copy_MakesNothingLateAndLeavesThe2023RoundAlone()
    {
        var copy = RoundCopy.WithDates(Seed, [(new(2026, 7, 1), new(2026, 7, 31)), (new(2026, 8, 1), new(2026, 10, 31)), (new(2026, 11, 1), new(2026, 11, 10))]);
        using var db = new TempDatabase();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 9, 15, 2, 0, 0, TimeSpan.Zero));

        var report = new ProgressCalculator(copy, new LiteDbChecklistStore(db.Database), TestClock.Create(time)).Compute(null);

        Assert.Equal(0, report.Totals.Late);
        Assert.Equal("全面落实阶段", report.Phase.Phase!.Name);
        Assert.Equal(new DateOnly(2023, 11, 10), Seed.EndsOn);
        Assert.Equal(Seed.Indicators, copy.Indicators);
    }

    [Fact]
    public void WithDates_WrongCountOrOverlap_SaysWhy()
    {
        Assert.Contains("3个阶段", Assert.Throws<CampaignDataException>(() => RoundCopy.WithDates(Seed, [(new(2026, 7, 1), new(2026, 7, 31))])).Message, StringComparison.Ordinal);
        Assert.Contains("overlaps", Assert.Throws<CampaignDataException>(() => RoundCopy.WithDates(Seed,
            [(new(2026, 7, 1), new(2026, 8, 31)), (new(2026, 8, 1), new(2026, 10, 31)), (new(2026, 11, 1), new(2026, 11, 10))])).Message, StringComparison.Ordinal);
    }

    private static TaskTableImport Import(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return TaskTableImporter.Read(stream, Seed);
    }

    private static string Shape(Indicator indicator) =>
        $"{indicator.Number}|{indicator.Category}|{string.Join(",", indicator.Methods)}|{string.Join(",", indicator.Owners.Select(owner => owner.Department + " " + owner.Person))}";

    private static string SubShape(Campaign campaign, SubCriterion sub) =>
        $"{sub.Id}|{sub.Text}|{sub.Score}|{string.Join(",", campaign.MethodsOf(sub))}|{string.Join(",", campaign.OwnersOf(sub).Select(owner => owner.Department + " " + owner.Person))}";
}
