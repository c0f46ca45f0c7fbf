using CivilityBot.Knowledge.Corrections;
using CivilityBot.Knowledge.Rounds;
using CivilityBot.Tests.Storage;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Tests.Knowledge.Rounds;

/// <summary>The live plan across rounds: a new round's seed replaces the old plan, the old round's corrections stay with it.</summary>
public sealed class PlanStateRoundTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 2, 20, 2, 0, 0, TimeSpan.Zero));
    private readonly LiteDbPlanStore _changes;
    private readonly LiteDbRoundStore _rounds;
    private readonly PlanState _plan;

    public PlanStateRoundTests()
    {
        _changes = new LiteDbPlanStore(_db.Database);
        _rounds = new LiteDbRoundStore(_db.Database);
        _plan = new PlanState(SeedCampaign.Campaign, _changes, _time, _rounds);
    }

    public void Dispose() => _db.Dispose();

    private static CivilityBot.Knowledge.Campaign Copy2026() =>
        RoundCopy.WithDates(SeedCampaign.Campaign, [(new(2026, 3, 1), new(2026, 3, 31)), (new(2026, 4, 1), new(2026, 6, 20)), (new(2026, 6, 21), new(2026, 6, 30))]);

    [Fact]
    public void StartRound_ArchivesTheCorrectedPlanAndStartsFromTheNewSeedWithoutItsCorrections()
    {
        _plan.Apply(new(PlanCorrectionKind.SubCriterionOwners, "16.1", "办公室 宋伟"), "刘斌");

        var started = _plan.StartRound(Copy2026(), RoundOrigin.Copy, "2026年", "刘斌", _plan.Version)!;

        Assert.Equal((2, "2026年", 1), (started.Id, started.Label, started.ChangesBefore));
        Assert.Equal(new DateOnly(2026, 6, 30), _plan.Current.EndsOn);
        Assert.Equal("汪珂吉", _plan.Current.OwnersOf(_plan.Current.FindSubCriterion("16.1")!).Single().Person); // the copy was of the seed
        Assert.Empty(_plan.History);
        var archived = _plan.Rounds()[0];
        Assert.Equal((true, 1, "刘斌"), (archived.IsArchived, archived.ChangesAfter, archived.ArchivedBy));
        Assert.Equal("宋伟", RoundPlans.FromJson(archived.ArchivedPlanJson!).OwnersOf(SeedCampaign.Campaign.FindSubCriterion("16.1")!).Single().Person);
    }

    [Fact]
    public void StartRound_MovesTheVersionOn_SoOlderPreviewsAreStale_AndAnArchivedCorrectionCannotBeReverted()
    {
        var change = _plan.Apply(new(PlanCorrectionKind.SubCriterionOwners, "16.1", "办公室 宋伟"), "刘斌").Change!;
        var before = _plan.Version;

        _plan.StartRound(Copy2026(), RoundOrigin.Copy, "2026年", "刘斌", before);

        Assert.Equal(before + 1, _plan.Version);
        Assert.Null(_plan.StartRound(Copy2026(), RoundOrigin.Copy, "2026年", "刘斌", before));
        Assert.Equal(PlanState.StalePreview, _plan.Apply(new(PlanCorrectionKind.SubCriterionOwners, "16.1", "办公室 宋伟"), "刘斌", before).Problem);
        Assert.False(_plan.Revert(change.Id, "刘斌"));
        Assert.Equal(2, _plan.Rounds().Count);
    }

    [Fact]
    public void AfterARestart_TheNewRoundAndItsOwnCorrectionsAreReplayed()
    {
        _plan.Apply(new(PlanCorrectionKind.SubCriterionOwners, "16.1", "办公室 宋伟"), "刘斌");
        _plan.StartRound(Copy2026(), RoundOrigin.Copy, "2026年", "刘斌", _plan.Version);
        _plan.Apply(new(PlanCorrectionKind.PhaseDates, "3", "2026-06-21至2026-07-10"), "刘斌");
        var version = _plan.Version;

        var restarted = new PlanState(SeedCampaign.Campaign, _changes, _time, _rounds);

        Assert.Equal(version, restarted.Version);
        Assert.Equal(new DateOnly(2026, 7, 10), restarted.Current.EndsOn);
        Assert.Equal("汪珂吉", restarted.Current.OwnersOf(restarted.Current.FindSubCriterion("16.1")!).Single().Person);
        Assert.Equal(2, Assert.Single(restarted.History).Id);
    }

    [Fact]
    public void Rounds_BeforeASecondRound_IsTheDataFileAsRound1()
    {
        var round = Assert.Single(_plan.Rounds());

        Assert.Equal((1, "2023年", RoundOrigin.Seed, false), (round.Id, round.Label, round.Origin, round.IsArchived));
        Assert.Equal(0, _plan.Version);
    }
}
