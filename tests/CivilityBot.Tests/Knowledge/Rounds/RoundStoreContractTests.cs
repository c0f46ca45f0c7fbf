using CivilityBot.Knowledge.Rounds;

namespace CivilityBot.Tests.Knowledge.Rounds;

/// <summary>The contract of <see cref="IRoundStore"/>; another storage technology runs it by deriving and opening its own store.</summary>
public abstract class RoundStoreContractTests
{
    protected static readonly DateTimeOffset At = new(2026, 2, 20, 1, 30, 0, TimeSpan.Zero);

    /// <summary>A new store over the same database, as after a restart (or on another instance).</summary>
    protected abstract IRoundStore Store();

    [Fact]
    public void Rounds_OnAFreshDatabase_IsEmpty()
    {
        Assert.Empty(Store().Rounds());
    }

    [Fact]
    public void Start_FromTheImplicitFirstRound_StoresItArchivedAndTheNextActive_AcrossAReopen()
    {
        var started = Store().Start(Archived(1), Next("2026年", changesBefore: 3));

        Assert.Equal(2, started.Id);
        var rounds = Store().Rounds();
        Assert.Equal([1, 2], rounds.Select(round => round.Id));
        Assert.Equal(("2023年", true, "刘斌", "{}", 3), (rounds[0].Label, rounds[0].IsArchived, rounds[0].ArchivedBy, rounds[0].ArchivedPlanJson, rounds[0].ChangesAfter));
        Assert.Equal(("2026年", false, RoundOrigin.Copy, "{\"plan\":2}", 3, At), (rounds[1].Label, rounds[1].IsArchived, rounds[1].Origin, rounds[1].PlanJson, rounds[1].ChangesBefore, rounds[1].StartedAt));
    }

    [Fact]
    public void Start_AgainFromTheActiveRound_ArchivesItAndAddsTheThird()
    {
        var store = Store();
        var second = store.Start(Archived(1), Next("2026年"));

        var third = store.Start(second with { ArchivedAt = At.AddDays(1), ArchivedBy = "晏桃保", ArchivedPlanJson = "{}" }, Next("2026年（第3轮）"));

        Assert.Equal(3, third.Id);
        Assert.Equal([true, true, false], Store().Rounds().Select(round => round.IsArchived));
    }

    [Fact]
    public void Start_FromARoundThatIsNoLongerActive_IsRefusedAndChangesNothing()
    {
        var store = Store();
        store.Start(Archived(1), Next("2026年"));

        Assert.Throws<InvalidOperationException>(() => store.Start(Archived(1), Next("2027年")));
        Assert.Equal(2, Store().Rounds().Count);
    }

    [Fact]
    public void SaveDraft_AssignsIdsAndFindsThemAfterAReopen()
    {
        var first = Store().SaveDraft(new RoundDraft { Origin = RoundOrigin.Import, Label = "2026年", PlanJson = "{}", CreatedBy = "刘斌", CreatedAt = At, PlanVersion = 4 });
        var second = Store().SaveDraft(new RoundDraft { Label = "2027年", PlanJson = "{}" });

        Assert.Equal((1, 2), (first.Id, second.Id));
        var found = Store().FindDraft(1)!;
        Assert.Equal((RoundOrigin.Import, "2026年", "刘斌", At, 4), (found.Origin, found.Label, found.CreatedBy, found.CreatedAt, found.PlanVersion));
        Assert.Null(Store().FindDraft(9));
    }

    protected static CampaignRound Archived(int id) => new()
    {
        Id = id, Label = "2023年", Origin = RoundOrigin.Seed, ArchivedAt = At, ArchivedBy = "刘斌", ArchivedPlanJson = "{}", ChangesAfter = 3,
    };

    protected static CampaignRound Next(string label, int changesBefore = 0) => new()
    {
        Label = label, Origin = RoundOrigin.Copy, StartedAt = At, StartedBy = "刘斌", PlanJson = "{\"plan\":2}", ChangesBefore = changesBefore,
    };
}
