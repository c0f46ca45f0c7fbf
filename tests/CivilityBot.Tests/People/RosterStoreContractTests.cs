
namespace CivilityBot.Tests.People;

/// <summary>The <see cref="IRosterStore"/> contract; another storage technology runs it by deriving and creating its own store.</summary>
public abstract class RosterStoreContractTests
{
    private static readonly DateTimeOffset Now = new(2023, 9, 15, 2, 0, 0, TimeSpan.Zero);

    protected abstract IRosterStore CreateStore();

    [Fact]
    public void Drafts_ChangeNothingUntilApplied_ThenTheListIsTheDraftsAndEachChangeIsAudited()
    {
        var store = CreateStore();
        store.SaveDraft(Draft("d1", 0, ["宋伟：科室 办公室"], new RosterEntry { Id = "宋伟", Department = "办公室", Address = "songw@yueyang.example" }));

        Assert.Empty(store.Entries());
        Assert.Equal(RosterImportState.Draft, store.FindDraft("d1")!.State);
        Assert.Equal(RosterApplyOutcome.Applied, store.Apply("d1", "刘斌", Now));

        Assert.Equal("songw@yueyang.example", Assert.Single(store.Entries()).Address);
        Assert.Equal(1, store.Version());
        var audit = Assert.Single(store.Audit());
        Assert.Equal(("刘斌", Now, PeopleAuditActions.RosterAdd, "宋伟"), (audit.ActorName, audit.At, audit.Action, audit.PersonName));
        Assert.Equal((RosterImportState.Applied, "刘斌"), (store.FindDraft("d1")!.State, store.FindDraft("d1")!.DecidedBy));
    }

    [Fact]
    public void Apply_Twice_OrAfterAnotherImport_OrUnknown_ChangesNothing()
    {
        var store = CreateStore();
        store.SaveDraft(Draft("d1", 0, ["宋伟：科室 办公室"], new RosterEntry { Id = "宋伟" }));
        store.SaveDraft(Draft("d2", 0, ["石勇：科室 办公室"], new RosterEntry { Id = "石勇" }));
        store.Apply("d1", "刘斌", Now);

        Assert.Equal(RosterApplyOutcome.AlreadyDecided, store.Apply("d1", "刘斌", Now));
        Assert.Equal(RosterApplyOutcome.Stale, store.Apply("d2", "刘斌", Now));
        Assert.Equal(RosterApplyOutcome.NotFound, store.Apply("nope", "刘斌", Now));
        Assert.Equal(["宋伟"], store.Entries().Select(entry => entry.Id));
        Assert.Single(store.Audit());
    }

    [Fact]
    public void Cancel_LeavesTheListAsItWasAndTheDraftCannotBeAppliedAfterwards()
    {
        var store = CreateStore();
        store.SaveDraft(Draft("d1", 0, ["宋伟：科室 办公室"], new RosterEntry { Id = "宋伟" }));

        Assert.True(store.Cancel("d1", "刘斌", Now));
        Assert.False(store.Cancel("d1", "刘斌", Now));
        Assert.Equal(RosterApplyOutcome.AlreadyDecided, store.Apply("d1", "刘斌", Now));
        Assert.Empty(store.Entries());
        Assert.Empty(store.Audit());
    }

    private static RosterImportDraft Draft(string id, int version, List<string> added, params RosterEntry[] entries) => new()
    {
        Id = id, FileName = "名单.xlsx", CreatedBy = "刘斌", CreatedAt = Now, BaseVersion = version, Entries = [.. entries], Added = added,
    };
}
