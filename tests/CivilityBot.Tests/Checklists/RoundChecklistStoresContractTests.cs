using CivilityBot.Checklists;

namespace CivilityBot.Tests.Checklists;

/// <summary>What every <see cref="IRoundChecklistStores"/> must do: each round's state and audit apart, round 1 kept as it was.</summary>
public abstract class RoundChecklistStoresContractTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 6, 20, 0, TimeSpan.Zero);
    private static readonly ChecklistActor SongWei = new("宋伟", "aad-song");

    /// <summary>A new set of stores over the same database (a restart, or another instance).</summary>
    protected abstract IRoundChecklistStores Open();

    [Fact]
    public void For_TheSameRound_GivesTheSameStore()
    {
        var stores = Open();

        Assert.Same(stores.For(2), stores.For(2));
    }

    [Fact]
    public void Save_InANewRound_LeavesTheArchivedRoundsStateAndAuditAsTheyWere()
    {
        var stores = Open();
        stores.For(1).Save(Save("act-1", Tick("12.1", done: true)));

        stores.For(2).Save(Save("act-2", Evidence("12.1", "2026年台账"), Tick("12.2", done: true)));

        var reopened = Open();
        Assert.Equal((true, (string?)null, 1), (reopened.For(1).Find("12.1")!.Done, reopened.For(1).Find("12.1")!.Evidence, reopened.For(1).AuditCount()));
        Assert.Null(reopened.For(1).Find("12.2"));
        Assert.Equal((false, "2026年台账", 2), (reopened.For(2).Find("12.1")!.Done, reopened.For(2).Find("12.1")!.Evidence, reopened.For(2).AuditCount()));
        Assert.Equal(["12.1", "12.2"], reopened.For(2).All().Keys.Order());
        Assert.Empty(reopened.For(3).All());
        Assert.Empty(reopened.For(3).Audit());
    }

    [Fact]
    public void Save_TheSameActivityInTwoRounds_IsAppliedOncePerRound()
    {
        var stores = Open();
        stores.For(1).Save(Save("act-1", Tick("12.1", done: true)));

        var second = stores.For(2).Save(Save("act-1", Tick("12.1", done: true)));
        var replay = Open().For(2).Save(Save("act-1", Tick("12.1", done: true)));

        Assert.Equal((false, 1), (second.Replayed, second.AppliedCount));
        Assert.True(replay.Replayed);
        Assert.Equal((1, 1), (stores.For(1).AuditCount(), stores.For(2).AuditCount()));
    }

    private static ChecklistSave Save(string activityId, params ChecklistChange[] changes) => new(changes, SongWei, ChangeSources.Card, activityId, T0);

    private static ChecklistChange Tick(string id, bool done) => new(id, 12) { Done = done, DoneRevision = 0 };

    private static ChecklistChange Evidence(string id, string evidence) => new(id, 12) { Evidence = evidence, EvidenceRevision = 0 };
}
