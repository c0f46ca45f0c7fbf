using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.People;

/// <summary>
/// The roster store contract on PostgreSQL, plus what only a shared database shows: instances confirming the same
/// preview at once apply it once.
/// </summary>
public sealed class PostgreSqlRosterStoreContractTests : RosterStoreContractTests, IClassFixture<PostgreSqlTestDatabase>
{
    private static readonly DateTimeOffset Now = new(2023, 9, 15, 2, 0, 0, TimeSpan.Zero);
    private readonly PostgreSqlTestDatabase _db;

    public PostgreSqlRosterStoreContractTests(PostgreSqlTestDatabase db)
    {
        _db = db;
        db.Truncate();
    }

    protected override IRosterStore CreateStore() => new PostgreSqlRosterStore(_db.Database);

    [Fact]
    public void Several_instances_confirming_the_same_preview_at_once_apply_it_once()
    {
        CreateStore().SaveDraft(new RosterImportDraft
        {
            Id = "d1", FileName = "名单.xlsx", CreatedBy = "刘斌", CreatedAt = Now, Entries = [new RosterEntry { Id = "宋伟" }, new RosterEntry { Id = "石勇" }],
            Added = ["宋伟：科室 办公室", "石勇：科室 办公室"],
        });
        var instances = Enumerable.Range(0, 4).Select(_ => CreateStore()).ToList();
        using var gate = new Barrier(instances.Count);

        var outcomes = instances.AsParallel().WithDegreeOfParallelism(instances.Count).Select(store =>
        {
            gate.SignalAndWait(TimeSpan.FromSeconds(10));
            return store.Apply("d1", "刘斌", Now);
        }).ToList();

        Assert.Single(outcomes, outcome => outcome == RosterApplyOutcome.Applied);
        Assert.All(outcomes.Where(outcome => outcome != RosterApplyOutcome.Applied), outcome => Assert.Equal(RosterApplyOutcome.AlreadyDecided, outcome));
        var store = CreateStore();
        Assert.Equal((1, 2), (store.Version(), store.Audit().Count));
        Assert.Equal(["宋伟", "石勇"], store.Entries().Select(entry => entry.Id));
    }
}
