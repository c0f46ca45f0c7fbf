using CivilityBot.Knowledge.Corrections;

namespace CivilityBot.Tests.Knowledge.Corrections;

/// <summary>The contract of <see cref="IPlanStore"/>; each storage technology runs it in a subclass.</summary>
public abstract class PlanStoreContractTests
{
    private static readonly DateTimeOffset At = new(2026, 8, 3, 6, 20, 0, TimeSpan.Zero);

    /// <summary>A new store object over the same data (as after a restart, or on another instance).</summary>
    protected abstract IPlanStore NewStore();

    [Fact]
    public void Record_AssignsIdsInOrderAndKeepsEveryField()
    {
        var store = NewStore();

        var first = store.Record(Change("16.1"));
        var second = store.Record(Change("8.1"));

        Assert.Equal((1, 2), (first.Id, second.Id));
        var stored = store.Changes();
        Assert.Equal(["16.1", "8.1"], stored.Select(change => change.Target));
        Assert.Equal((PlanCorrectionKind.SubCriterionOwners, "团委 汪珂吉", "办公室 宋伟", "刘斌", At),
            (stored[0].Kind, stored[0].Old, stored[0].New, stored[0].ActorName, stored[0].At));
    }

    [Fact]
    public void Revert_MarksOnceAndSurvivesReopening()
    {
        NewStore().Record(Change("16.1"));

        Assert.True(NewStore().Revert(1, "晏桃保", At.AddHours(1)));
        Assert.False(NewStore().Revert(1, "晏桃保", At.AddHours(2)));
        Assert.False(NewStore().Revert(99, "晏桃保", At));
        var change = Assert.Single(NewStore().Changes());
        Assert.Equal(("晏桃保", At.AddHours(1)), (change.RevertedBy, change.RevertedAt));
    }

    private static PlanChange Change(string target) => new()
    {
        Kind = PlanCorrectionKind.SubCriterionOwners, Target = target, Value = "办公室 宋伟",
        Old = "团委 汪珂吉", New = "办公室 宋伟", ActorName = "刘斌", At = At,
    };
}
