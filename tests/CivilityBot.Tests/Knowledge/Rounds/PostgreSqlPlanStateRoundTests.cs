using CivilityBot.Knowledge.Corrections;
using CivilityBot.Knowledge.Rounds;
using CivilityBot.Storage;
using CivilityBot.Storage.PostgreSql;
using CivilityBot.Tests.Storage;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Tests.Knowledge.Rounds;

/// <summary>Two instances' plans on one PostgreSQL database: a round started by one is seen by the other, and the other's stale confirmation starts nothing.</summary>
public sealed class PostgreSqlPlanStateRoundTests(PostgreSqlTestDatabase db) : IClassFixture<PostgreSqlTestDatabase>
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 2, 20, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_confirmation_racing_a_round_started_on_another_instance_is_refused_as_stale_and_starts_nothing()
    {
        db.Truncate();
        var first = Plan(new SingleProcessStoreVersions());
        var second = Plan(new SingleProcessStoreVersions()); // never told: as if both read the plan before either committed
        var version = second.Version;

        Assert.NotNull(first.StartRound(SeedCampaign.Campaign, RoundOrigin.Copy, "2026年", "刘斌", first.Version));
        var late = second.StartRound(SeedCampaign.Campaign, RoundOrigin.Copy, "2026年（重复）", "晏桃保", version);

        Assert.Null(late);
        Assert.Equal([(1, true), (2, false)], new PostgreSqlRoundStore(db.Database).Rounds().Select(round => (round.Id, round.IsArchived)));
        Assert.Equal("2026年", new PostgreSqlRoundStore(db.Database).Rounds()[1].Label);
        Assert.Equal(2, second.ActiveRound.Id);
    }

    [Fact]
    public void A_round_started_on_one_instance_is_the_active_round_of_the_other_at_its_next_read()
    {
        db.Truncate();
        var first = Plan(new PostgreSqlStoreVersions(db.Database));
        var second = Plan(new PostgreSqlStoreVersions(db.Database));
        Assert.Equal(1, second.ActiveRound.Id);

        first.StartRound(SeedCampaign.Campaign, RoundOrigin.Copy, "2026年", "刘斌", first.Version);

        Assert.Equal((2, "2026年"), (second.ActiveRound.Id, second.ActiveRound.Label));
    }

    private PlanState Plan(IStoreVersions versions) =>
        new(SeedCampaign.Campaign, new PostgreSqlPlanStore(db.Database), _time, new PostgreSqlRoundStore(db.Database), versions);
}
