using CivilityBot.Checklists;

namespace CivilityBot.Tests.Checklists;

/// <summary>What every <see cref="IChecklistStore"/> must do; each storage technology runs it in a subclass.</summary>
public abstract class ChecklistStoreContractTests
{
    protected static readonly DateTimeOffset T0 = new(2023, 8, 3, 6, 20, 0, TimeSpan.Zero);
    protected static readonly ChecklistActor SongWei = new("宋伟", "aad-song");
    protected static readonly ChecklistActor GuoLifang = new("郭立芳", "aad-guo");

    protected abstract IChecklistStore Store { get; }

    [Fact]
    public void Save_FirstTick_StoresStateAndOneAuditRowWithWhoWhenOldNewSourceAndActivity()
    {
        var result = Store.Save(Save(SongWei, "act-1", Tick("1.1", 1, done: true, seen: 0)));

        Assert.True(Assert.Single(result.Outcomes).Applied);
        var state = Store.Find("1.1")!;
        Assert.True(state.Done);
        Assert.Equal(1, state.DoneRevision);
        Assert.Equal("宋伟", state.ChangedByName);
        var audit = Assert.Single(Store.Audit());
        Assert.Equal(("1.1", 1, "宋伟", "aad-song"), (audit.SubCriterionId, audit.IndicatorNumber, audit.ActorName, audit.ActorAadObjectId));
        Assert.Equal((false, true), (audit.OldDone, audit.NewDone));
        Assert.Equal(T0, audit.At);
        Assert.Equal((ChangeSources.Card, "act-1"), (audit.Source, audit.ActivityId));
    }

    [Fact]
    public void Save_EvidenceChange_AuditsOldAndNewEvidence()
    {
        Store.Save(Save(SongWei, "act-1", Evidence("16.1", 16, "第一版", seen: 0)));
        Store.Save(Save(SongWei, "act-2", Evidence("16.1", 16, "  第二版 ", seen: 1)));

        var last = Store.Audit()[^1];
        Assert.Equal(("第一版", "第二版"), (last.OldEvidence, last.NewEvidence));
        Assert.Equal("第二版", Store.Find("16.1")!.Evidence);
    }

    [Fact]
    public void Save_ValuesAlreadyStored_AddsNoAuditRow()
    {
        Store.Save(Save(SongWei, "act-1", Tick("1.1", 1, done: true, seen: 0)));

        var again = Store.Save(Save(SongWei, "act-2", Tick("1.1", 1, done: true, seen: 0)));

        Assert.False(Assert.Single(again.Outcomes).Applied);
        Assert.False(again.Outcomes[0].HasConflict);
        Assert.Equal(1, Store.AuditCount());
    }

    [Fact]
    public void Save_ReplayedActivity_AppliesOnce()
    {
        var save = Save(SongWei, "act-1", Tick("1.1", 1, done: true, seen: 0), Evidence("1.2", 1, "会议纪要", seen: 0));
        Store.Save(save);

        var replay = Store.Save(save);

        Assert.True(replay.Replayed);
        Assert.Equal(2, Store.AuditCount());
    }

    [Fact]
    public void Save_StaleRevisionOfTheChangedField_IsRefusedAndTheNewerValueStays()
    {
        Store.Save(Save(SongWei, "act-1", Tick("1.1", 1, done: true, seen: 0)));

        var stale = Store.Save(Save(GuoLifang, "act-2", Tick("1.1", 1, done: false, seen: 0)));

        var outcome = Assert.Single(stale.Outcomes);
        Assert.True(outcome.DoneConflict);
        Assert.False(outcome.Applied);
        Assert.True(Store.Find("1.1")!.Done);
        Assert.Equal("宋伟", outcome.State.ChangedByName);
        Assert.Equal(1, Store.AuditCount());
    }

    [Fact]
    public void Save_TwoPeopleChangeDifferentFieldsFromTheSameCard_BothChangesLand()
    {
        Store.Save(Save(SongWei, "act-1", Tick("1.1", 1, done: true, seen: 0)));

        var other = Store.Save(Save(GuoLifang, "act-2", Evidence("1.1", 1, "学习记录", seen: 0)));

        Assert.True(other.Outcomes[0].Applied);
        var state = Store.Find("1.1")!;
        Assert.Equal((true, "学习记录"), (state.Done, state.Evidence));
        Assert.Equal("郭立芳", state.ChangedByName);
    }

    [Fact]
    public async Task Save_ManyParallelSavesByTwoOwners_LoseNothing()
    {
        var items = Enumerable.Range(1, 20).Select(i => $"9{i}.1").ToArray();
        var saves = items.SelectMany((id, index) => new[]
        {
            Save(SongWei, $"song-{index}", Tick(id, 90 + index, done: true, seen: 0)),
            Save(GuoLifang, $"guo-{index}", Evidence(id, 90 + index, $"证明{index}", seen: 0)),
        });

        await Task.WhenAll(saves.Select(save => Task.Run(() => Store.Save(save))));

        Assert.Equal(40, Store.AuditCount());
        Assert.All(items, id => Assert.True(Store.Find(id)!.Done));
        Assert.All(items, id => Assert.StartsWith("证明", Store.Find(id)!.Evidence, StringComparison.Ordinal));
    }

    [Fact]
    public void All_ListsOnlyTouchedItems_AndAuditKeepsApplyOrder()
    {
        Store.Save(Save(SongWei, "act-1", Tick("2.1", 2, done: true, seen: 0)));
        Store.Save(Save(GuoLifang, "act-2", Tick("3.1", 3, done: true, seen: 0)));

        Assert.Equal(["2.1", "3.1"], Store.All().Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["act-1", "act-2"], Store.Audit().Select(entry => entry.ActivityId));
        Assert.Null(Store.Find("4.1"));
    }

    protected static ChecklistSave Save(ChecklistActor actor, string activityId, params ChecklistChange[] changes) =>
        new(changes, actor, ChangeSources.Card, activityId, T0);

    protected static ChecklistChange Tick(string id, int indicator, bool done, int seen) =>
        new(id, indicator) { Done = done, DoneRevision = seen };

    protected static ChecklistChange Evidence(string id, int indicator, string evidence, int seen) =>
        new(id, indicator) { Evidence = evidence, EvidenceRevision = seen };
}
