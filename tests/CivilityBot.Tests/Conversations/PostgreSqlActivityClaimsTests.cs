using CivilityBot.Conversations;
using CivilityBot.Storage.PostgreSql;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Conversations;

/// <summary>Activity claims on PostgreSQL: one instance runs an activity Teams delivers twice, and the claim's round trip also pins the turn's store versions.</summary>
public sealed class PostgreSqlActivityClaimsTests : IClassFixture<PostgreSqlTestDatabase>
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private readonly PostgreSqlTestDatabase _db;

    public PostgreSqlActivityClaimsTests(PostgreSqlTestDatabase db)
    {
        _db = db;
        db.Truncate();
    }

    [Fact]
    public async Task An_activity_is_claimed_by_the_first_instance_only_until_its_claim_expires()
    {
        var first = new PostgreSqlActivityClaims(_db.Database);
        var second = new PostgreSqlActivityClaims(_db.Database);

        Assert.True(await first.TryClaimAsync(42, T0, T0.AddMinutes(10), CancellationToken.None));
        Assert.False(await second.TryClaimAsync(42, T0.AddMinutes(1), T0.AddMinutes(11), CancellationToken.None));
        Assert.True(await second.TryClaimAsync(43, T0.AddMinutes(1), T0.AddMinutes(11), CancellationToken.None));
        Assert.True(await second.TryClaimAsync(42, T0.AddMinutes(10), T0.AddMinutes(20), CancellationToken.None));
    }

    [Fact]
    public async Task In_a_request_the_turn_s_pin_is_the_version_read_with_the_claim_and_costs_no_read_of_its_own()
    {
        var versions = new PostgreSqlStoreVersions(_db.Database);
        var claims = new PostgreSqlActivityClaims(_db.Database, versions);
        Bump("checklists");

        versions.BeginRequest();
        Assert.True(await claims.TryClaimAsync(7, T0, T0.AddMinutes(10), CancellationToken.None));
        Bump("checklists"); // another instance saves after the claim's read
        using (versions.PinForTurn())
        {
            Assert.Equal(1, versions.Current("checklists")); // as read together with the claim: no second read
        }

        using (versions.PinForTurn())
        {
            Assert.Equal(2, versions.Current("checklists")); // the offer is used once; a later pin reads again
        }
    }

    private void Bump(string name)
    {
        using var connection = _db.Database.Open();
        using var transaction = connection.BeginTransaction();
        StoreVersions.Bump(connection, transaction, name);
        transaction.Commit();
    }
}
