using CivilityBot.Knowledge.Corrections;

namespace CivilityBot.Tests.Knowledge.Corrections;

public class PlanCorrectionReaderTests
{
    [Theory]
    [InlineData("更换责任人 16.1 宋伟", PlanCorrectionKind.SubCriterionOwners, "16.1", "办公室 宋伟")]
    [InlineData("更换责任人 第16项 团委 汪珂吉、办公室 宋伟", PlanCorrectionKind.IndicatorOwners, "16", "团委 汪珂吉、办公室 宋伟")]
    [InlineData("第16项责任人改为 汪珂吉", PlanCorrectionKind.IndicatorOwners, "16", "团委 汪珂吉")]
    [InlineData("修改责任人 16 为 陈振红", PlanCorrectionKind.IndicatorOwners, "16", "工会 陈振红")]
    [InlineData("科室改名 法规科 政策法规科", PlanCorrectionKind.DepartmentName, "法规科", "政策法规科")]
    [InlineData("科室改名 法规科改为政策法规科", PlanCorrectionKind.DepartmentName, "法规科", "政策法规科")]
    [InlineData("修改阶段日期 第二阶段 2026-08-01至2026-10-31", PlanCorrectionKind.PhaseDates, "2", "2026-08-01至2026-10-31")]
    [InlineData("修改阶段日期 3 2026-11-01至2026-11-10", PlanCorrectionKind.PhaseDates, "3", "2026-11-01至2026-11-10")]
    [InlineData("调整阶段时间 测评验收阶段 2026-11-01至2026-11-10", PlanCorrectionKind.PhaseDates, "测评验收阶段", "2026-11-01至2026-11-10")]
    [InlineData("确认读法 宋衍 宋伟", PlanCorrectionKind.ConfirmReading, "宋衍", "宋伟")]
    [InlineData("确认读法 宋衍为宋伟", PlanCorrectionKind.ConfirmReading, "宋衍", "宋伟")]
    [InlineData("确认读法 宋衍", PlanCorrectionKind.ConfirmReading, "宋衍", "宋衍")]
    [InlineData("change owner of 16.1 to 宋伟", PlanCorrectionKind.SubCriterionOwners, "16.1", "办公室 宋伟")]
    [InlineData("Change the owners of item 16 to 团委 汪珂吉、办公室 宋伟", PlanCorrectionKind.IndicatorOwners, "16", "团委 汪珂吉、办公室 宋伟")]
    [InlineData("rename department 法规科 to 政策法规科", PlanCorrectionKind.DepartmentName, "法规科", "政策法规科")]
    [InlineData("change phase 2 to 2026-08-01 to 2026-10-31", PlanCorrectionKind.PhaseDates, "2", "2026-08-01 to 2026-10-31")]
    [InlineData("confirm reading 宋衍 as 宋伟", PlanCorrectionKind.ConfirmReading, "宋衍", "宋伟")]
    public void Read_CommandAsAnOfficeWorkerTypesIt_GivesTheCorrection(string text, PlanCorrectionKind kind, string target, string value)
    {
        var read = PlanCorrectionReader.Read(SeedCampaign.Campaign, text);

        Assert.Equal(new PlanCorrection(kind, target, value), read!.Value.Correction);
    }

    [Theory]
    [InlineData("更换责任人 16.9 宋伟", "没有子项16.9")]
    [InlineData("更换责任人 99999999999 宋伟", "没有第99999999999项")]
    [InlineData("更换责任人 16 张三", "名册中没有张三")]
    [InlineData("更换责任人 16 宋衍", "宋衍没有科室")]
    public void Read_BadOwner_GivesAChineseReason(string text, string reason)
    {
        var read = PlanCorrectionReader.Read(SeedCampaign.Campaign, text);

        Assert.Null(read!.Value.Correction);
        Assert.Contains(reason, read.Value.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("第16项谁负责")]
    [InlineData("宋伟负责哪些")]
    [InlineData("更正记录")]
    [InlineData("who handles item 16")]
    [InlineData("rename")]
    public void Read_OtherText_IsNotACorrection(string text) => Assert.Null(PlanCorrectionReader.Read(SeedCampaign.Campaign, text));

    [Theory]
    [InlineData("undo correction 3", "3")]
    [InlineData("Revert correction #12", "12")]
    [InlineData("撤销更正 3", "3")]
    public void Revert_InEitherLanguage_ReadsTheNumber(string text, string id) =>
        Assert.Equal(id, PlanCommandPatterns.Revert().Match(text).Groups["id"].Value);

    [Theory]
    [InlineData("corrections")]
    [InlineData("correction history")]
    [InlineData("更正记录")]
    public void History_InEitherLanguage_Matches(string text) => Assert.Matches(PlanCommandPatterns.History(), text);
}
