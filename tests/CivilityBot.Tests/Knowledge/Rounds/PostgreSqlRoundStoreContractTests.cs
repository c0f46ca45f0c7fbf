using CivilityBot.Knowledge.Rounds;
using CivilityBot.Storage;
using CivilityBot.Storage.PostgreSql;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Knowledge.Rounds;

/// <summary>
/// The round store contract on PostgreSQL, plus what only a shared database shows: two instances starting a round at
/// once start one, and starting a round tells every instance's plan to replay.
/// </summary>
public sealed class PostgreSqlRoundStoreContractTests : RoundStoreContractTests, IClassFixture<PostgreSqlTestDatabase>
{
    private readonly PostgreSqlTestDatabase _db;

    public PostgreSqlRoundStoreContractTests(PostgreSqlTestDatabase db)
    {
        _db = db;
        db.Truncate();
    }

    protected override IRoundStore Store() => new PostgreSqlRoundStore(_db.Database);

    [Fact]
    public void Two_instances_starting_a_round_from_the_same_active_round_at_once_start_exactly_one()
    {
        var instances = new[] { Store(), Store(), Store(), Store() };
        using var gate = new Barrier(instances.Length);
        var outcomes = instances.AsParallel().WithDegreeOfParallelism(instances.Length).Select((store, index) =>
        {
            gate.SignalAndWait(TimeSpan.FromSeconds(10));
            try
            {
                return store.Start(Archived(1), Next($"2026年-{index}")).Id;
            }
            catch (InvalidOperationException)
            {
                return 0;
            }
        }).ToList();

        Assert.Equal([0, 0, 0, 2], outcomes.Order());
        Assert.Equal([1, 2], Store().Rounds().Select(round => round.Id));
    }

    [Fact]
    public void Starting_a_round_bumps_the_plan_version_that_every_instance_checks()
    {
        var versions = new PostgreSqlStoreVersions(_db.Database);
        var before = versions.Current(StoreNames.Plan);

        Store().Start(Archived(1), Next("2026年"));

        Assert.NotEqual(before, versions.Current(StoreNames.Plan));
        var refused = versions.Current(StoreNames.Plan);
        Assert.Throws<InvalidOperationException>(() => Store().Start(Archived(1), Next("2027年")));
        Assert.Equal(refused, versions.Current(StoreNames.Plan));
    }

    [Fact]
    public void Drafts_saved_at_once_on_several_instances_get_distinct_ids()
    {
        var ids = Enumerable.Range(0, 12).AsParallel().WithDegreeOfParallelism(4)
            .Select(index => Store().SaveDraft(new RoundDraft { Label = $"草稿{index}", PlanJson = "{}" }).Id).ToList();

        Assert.Equal(Enumerable.Range(1, 12), ids.Order());
        Assert.Equal(Enumerable.Range(0, 12).Select(index => $"草稿{index}").Order(), ids.Select(id => Store().FindDraft(id)!.Label).Order());
    }
}
