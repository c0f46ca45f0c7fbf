using CivilityBot.Checklists;
using CivilityBot.Knowledge;
using CivilityBot.Tests.Knowledge;
using CivilityBot.Tests.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Tests.Checklists;

public sealed class ProgressCalculatorTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2023, 9, 15, 2, 0, 0, TimeSpan.Zero));
    private readonly LiteDbChecklistStore _store;
    private readonly ProgressCalculator _calculator;

    public ProgressCalculatorTests()
    {
        _store = new LiteDbChecklistStore(_db.Database);
        _calculator = new ProgressCalculator(SeedCampaign.Campaign, _store, TestClock.Create(_time));
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Compute_Everything_CountsDoneOfTotalAndPointsSecuredVersusAtRisk()
    {
        Tick("16.1", 16);
        Tick("12.1", 12);

        var report = _calculator.Compute(null);

        var total = SeedCampaign.Campaign.Indicators.Sum(indicator => indicator.SubCriteria.Count);
        var points = SeedCampaign.Campaign.Indicators.Sum(indicator => indicator.Points);
        Assert.Equal((2, total), (report.Totals.Done, report.Totals.Total));
        Assert.Equal((4, points - 4), (report.Totals.PointsSecured, report.Totals.PointsAtRisk));
        Assert.Equal((1, 1), (report.Indicators.Single(pair => pair.Indicator.Number == 16).Figures.Done, report.Indicators.Single(pair => pair.Indicator.Number == 16).Figures.Total));
        Assert.Equal(1, report.Owners.Single(pair => pair.Person == "汪珂吉").Figures.Done);
        Assert.Equal(SeedCampaign.Campaign.Categories.Count, report.Categories.Count);
    }

    [Fact]
    public void Compute_SplitIndicator_CountsEachSubCriterionForItsOwnOwner()
    {
        Tick("8.1", 8);

        var shiYong = _calculator.Compute("石勇");
        var zhou = _calculator.Compute("周敬军");

        // 石勇 owns 8.1, 10.1, 10.2 and 11.1: 8.1 is done, 8.2 is not his.
        Assert.Equal((1, 4), (shiYong.Totals.Done, shiYong.Totals.Total));
        Assert.DoesNotContain(shiYong.Open, item => item.SubCriterion.Id is "8.1" or "8.2");
        Assert.Contains(zhou.Open, item => item.SubCriterion.Id == "8.2");
        Assert.DoesNotContain(_calculator.OutstandingFor("周敬军"), item => item.SubCriterionId == "8.1");
        Assert.Equal(1, _calculator.Compute(null).Owners.Single(pair => pair.Person == "石勇").Figures.Done);
    }

    [Fact]
    public void Compose_Everything_MarksOwnersWhoAreOnlyAReading()
    {
        var report = _calculator.Compute(null);
        var card = CivilityBot.Cards.Model.CardJson.Serialize(ProgressCardComposer.Compose(report, ReplyLanguage.Chinese).Card);

        Assert.Contains("宋衍（原文如此，疑为宋伟）", card, StringComparison.Ordinal);
        Assert.Contains("雷方（推断）", card, StringComparison.Ordinal);
        Assert.Equal(["宋衍", "廖亚辉", "柳佳钊", "雷方", "黎朝辉"], report.Readings.Keys.Order(StringComparer.Ordinal));  // 郭立芳 is printed for 1–3, 24–26, 28
    }

    [Fact]
    public void Compute_DuringAPhase_HasNothingLateAndCountsTheDaysToItsEnd()
    {
        var report = _calculator.Compute(null);

        Assert.Equal("全面落实阶段", report.Phase.Phase!.Name);
        Assert.Equal(new DateOnly(2023, 10, 31), report.Phase.DueOn);
        Assert.Equal(46, report.Phase.DaysLeft);
        Assert.Equal(0, report.Totals.Late);
    }

    [Fact]
    public void Compute_AfterTheLastPhase_SaysTheCampaignIsOverAndEveryOpenItemIsLate()
    {
        Tick("16.1", 16);
        _time.SetUtcNow(new DateTimeOffset(2023, 11, 10, 16, 0, 0, TimeSpan.Zero)); // 11-11 00:00 in Beijing

        var report = _calculator.Compute("汪珂吉");

        Assert.True(report.Phase.CampaignOver);
        Assert.Equal(report.Totals.Total - 1, report.Totals.Late);
        Assert.DoesNotContain(report.Open, item => item.SubCriterion.Id == "16.1");
        Assert.All(report.Open, item => Assert.True(item.Late));
    }

    [Fact]
    public void Compute_ForOnePerson_CoversOnlyTheirIndicators()
    {
        var report = _calculator.Compute("汪珂吉");

        Assert.All(report.Indicators, pair => Assert.True(pair.Indicator.IsOwnedBy("汪珂吉")));
        Assert.Equal("汪珂吉", Assert.Single(report.Owners).Person);
    }

    [Fact]
    public void OutstandingFor_ListsTheOpenSubCriteriaInIndicatorOrder()
    {
        Tick("12.1", 12);

        var open = _calculator.OutstandingFor("宋伟");

        Assert.DoesNotContain(open, item => item.SubCriterionId == "12.1");
        Assert.Contains(open, item => item.SubCriterionId == "12.2");
        Assert.Equal(open.OrderBy(item => item.IndicatorNumber).Select(item => item.SubCriterionId), open.Select(item => item.SubCriterionId));
    }

    private void Tick(string id, int indicator) => _store.Save(new ChecklistSave(
        [new ChecklistChange(id, indicator) { Done = true }], new ChecklistActor("宋伟", null), ChangeSources.Card, null, _time.GetUtcNow()));

}
