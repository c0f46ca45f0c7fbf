using CivilityBot.Tests.Knowledge;
using CivilityBot.Checklists;
using CivilityBot.Knowledge;
using CivilityBot.Knowledge.Corrections;
using CivilityBot.Tests.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Tests.Knowledge.Corrections;

public sealed class PlanStateTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2023, 9, 15, 2, 0, 0, TimeSpan.Zero));
    private readonly LiteDbPlanStore _store;
    private readonly PlanState _plan;

    public PlanStateTests()
    {
        _store = new LiteDbPlanStore(_db.Database);
        _plan = new PlanState(SeedCampaign.Campaign, _store, _time);
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Apply_NewOwnerOf16_1_ReachesAnswersChecklistsAndProgressAndIsAudited()
    {
        var result = _plan.Apply(new(PlanCorrectionKind.SubCriterionOwners, "16.1", "办公室 宋伟"), "刘斌");

        Assert.Null(result.Problem);
        var campaign = _plan.Current;
        Assert.Contains("办公室 宋伟", SeedCampaign.Answerer(campaign: campaign).Answer("第16项谁负责").Summary, StringComparison.Ordinal);
        var pages = new ChecklistPages(campaign, Options.Create(new ChecklistOptions()));
        Assert.Contains("16.1", pages.ItemsOf("宋伟").Select(pair => pair.Item.Id));
        Assert.DoesNotContain(pages.For("汪珂吉").SelectMany(page => page), section => section.Indicator.Number == 16);
        var progress = new ProgressCalculator(campaign, new LiteDbChecklistStore(_db.Database), TestClock.Create(_time)).Compute("宋伟");
        Assert.Contains(progress.Open, item => item.SubCriterion.Id == "16.1" && item.Owners.Single().Person == "宋伟");
        var audit = Assert.Single(_plan.History);
        Assert.Equal(("团委 汪珂吉", "办公室 宋伟", "刘斌", _time.GetUtcNow()), (audit.Old, audit.New, audit.ActorName, audit.At));
    }

    [Fact]
    public void Version_AfterARestart_CountsStoredChangesAndRevertsSoAnOldPreviewIsRefused()
    {
        var previewedOn = _plan.Version;
        var first = _plan.Apply(new(PlanCorrectionKind.SubCriterionOwners, "16.1", "办公室 宋伟"), "刘斌").Change!;
        _plan.Revert(first.Id, "刘斌");

        var restarted = new PlanState(SeedCampaign.Campaign, _store, _time);
        var stale = restarted.Apply(new(PlanCorrectionKind.SubCriterionOwners, "16.1", "工会 陈振红"), "刘斌", previewedOn);
        var fresh = restarted.Apply(new(PlanCorrectionKind.SubCriterionOwners, "16.1", "工会 陈振红"), "刘斌", restarted.Version);

        Assert.Equal((0, 2), (previewedOn, restarted.Version - 1));
        Assert.Equal(PlanState.StalePreview, stale.Problem);
        Assert.NotNull(fresh.Change);
        Assert.Equal(2, _store.Changes().Count);
    }

    [Fact]
    public void Revert_RestoresTheOwnerAndKeepsTheAudit()
    {
        _plan.Apply(new(PlanCorrectionKind.SubCriterionOwners, "16.1", "办公室 宋伟"), "刘斌");

        Assert.True(_plan.Revert(1, "晏桃保"));

        Assert.Equal(new Owner("团委", "汪珂吉"), Assert.Single(_plan.Current.OwnersOf(_plan.Current.FindSubCriterion("16.1")!)));
        Assert.Equal("晏桃保", Assert.Single(_plan.History).RevertedBy);
        Assert.Equal("团委 汪珂吉", Assert.Single(new PlanState(SeedCampaign.Campaign, _store, _time).Current.FindIndicator(16)!.Owners).Label(ReplyLanguage.Chinese));
    }

    [Fact]
    public void Preview_ShowsOldAndNewAndStoresNothing()
    {
        var preview = _plan.Preview(new(PlanCorrectionKind.IndicatorOwners, "16", "团委 汪珂吉、办公室 宋伟"));

        Assert.Equal(("团委 汪珂吉", "团委 汪珂吉、办公室 宋伟"), (preview.Old, preview.New));
        Assert.Empty(_store.Changes());
        Assert.Single(_plan.Current.FindIndicator(16)!.Owners);
    }

    [Theory]
    [InlineData(PlanCorrectionKind.SubCriterionOwners, "16.1", "团委 张三", "名册中没有张三")]
    [InlineData(PlanCorrectionKind.SubCriterionOwners, "99.1", "团委 汪珂吉", "没有子项99.1")]
    [InlineData(PlanCorrectionKind.IndicatorOwners, "16", "汪珂吉", "应写作“科室 姓名”")]
    [InlineData(PlanCorrectionKind.PhaseDates, "2", "2026-08-01至2026-10-31", "overlaps")]
    [InlineData(PlanCorrectionKind.PhaseDates, "3", "十一月上旬", "日期请写作")]
    [InlineData(PlanCorrectionKind.DepartmentName, "财务科", "计财科", "没有“财务科”这个科室")]
    [InlineData(PlanCorrectionKind.ConfirmReading, "宋衍", "宋玮", "只能确认为宋衍或宋伟")]
    public void Apply_BadCorrection_SaysWhyAndChangesNothing(PlanCorrectionKind kind, string target, string value, string reason)
    {
        var result = _plan.Apply(new(kind, target, value), "刘斌");

        Assert.Contains(reason, result.Problem, StringComparison.Ordinal);
        Assert.Empty(_store.Changes());
        Assert.Same(SeedCampaign.Campaign, _plan.Current);
    }

    [Fact]
    public void Apply_OwnerOf8_1_KeepsTheSplitOf8()
    {
        _plan.Apply(new(PlanCorrectionKind.SubCriterionOwners, "8.1", "行政审批办 石勇、办公室 宋伟"), "刘斌");

        var campaign = _plan.Current;
        Assert.Equal(["石勇", "宋伟"], campaign.OwnersOf(campaign.FindSubCriterion("8.1")!).Select(owner => owner.Person));
        Assert.Equal(["周敬军"], campaign.OwnersOf(campaign.FindSubCriterion("8.2")!).Select(owner => owner.Person));
    }

    [Fact]
    public void Apply_RenamedDepartment_KeepsTheOldNameFindable()
    {
        _plan.Apply(new(PlanCorrectionKind.DepartmentName, "法规科", "政策法规科"), "刘斌");

        var campaign = _plan.Current;
        Assert.Equal("政策法规科", Assert.Single(campaign.FindIndicator(20)!.Owners).Department);
        Assert.Equal([20], campaign.IndicatorsOfDepartment("法规科").Select(indicator => indicator.Number));
        Assert.Equal(["政策法规科"], campaign.FindPerson("骆虎")!.Departments);
    }

    [Fact]
    public void Apply_PhaseDatesAndConfirmedReading_FollowAtOnce()
    {
        _plan.Apply(new(PlanCorrectionKind.PhaseDates, "3", "2023-11-05至2023-11-15"), "刘斌");
        _plan.Apply(new(PlanCorrectionKind.ConfirmReading, "宋衍", "宋伟"), "刘斌");

        var campaign = _plan.Current;
        Assert.Equal(new DateOnly(2023, 11, 15), campaign.EndsOn);
        Assert.Empty(campaign.IndicatorsOwnedBy("宋衍"));
        Assert.Contains(new Owner("团委", "宋伟"), campaign.FindIndicator(24)!.Owners);
        Assert.Equal(2, _plan.History.Count);
    }
}
