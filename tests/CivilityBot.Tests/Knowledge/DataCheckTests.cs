using CivilityBot.Knowledge;

namespace CivilityBot.Tests.Knowledge;

public class DataCheckTests
{
    private static readonly IReadOnlyList<DataCheckFinding> Findings = new DataCheck(SeedCampaign.Campaign).Findings;

    [Fact]
    public void Findings_Category1_ReportsDeclared12AgainstSummed10()
    {
        var mismatch = Assert.Single(Findings, finding => finding.Kind == DataCheckKind.PointsMismatch);

        Assert.Contains("第1类", mismatch.Chinese, StringComparison.Ordinal);
        Assert.Contains("标注12分", mismatch.Chinese, StringComparison.Ordinal);
        Assert.Contains("合计10分", mismatch.Chinese, StringComparison.Ordinal);
        Assert.Contains("declares 12 points but its sub-criteria add up to 10", mismatch.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_InferredNamesAndMissingTotals_AreListed()
    {
        Assert.Equal(3, Findings.Count(finding => finding.Kind == DataCheckKind.NameInferred));
        Assert.Contains(Findings, finding => finding.Kind == DataCheckKind.PointsNotDeclared && finding.Chinese.Contains("文化涵育", StringComparison.Ordinal));
        Assert.Contains(Findings, finding => finding.Kind == DataCheckKind.OwnerInferred && finding.Chinese.Contains("机关党委 郭立芳", StringComparison.Ordinal));
    }

    [Fact]
    public void Findings_PeopleWithoutIndicators_AreNamed()
    {
        var idle = Assert.Single(Findings, finding => finding.Kind == DataCheckKind.OwnsNothing);

        Assert.Contains("徐平", idle.Chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("汪珂吉", idle.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_ConsistentCategory_IsNotReported()
    {
        Assert.DoesNotContain(Findings, finding => finding.Chinese.Contains("文明风尚行动", StringComparison.Ordinal));
    }
}
