using CivilityBot.People;
using CivilityBot.Tests.Knowledge;
using CivilityBot.Tests.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Tests.People;

public sealed class CoordinatorRolesTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly LiteDbPeopleStore _store;
    private readonly CoordinatorRoles _roles;

    public CoordinatorRolesTests()
    {
        _store = new LiteDbPeopleStore(_db.Database);
        _roles = new CoordinatorRoles(_store, SeedCampaign.Campaign, Options.Create(new PeopleOptions()), new FakeTimeProvider());
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Revoke_TheLastCoordinator_IsRefused()
    {
        foreach (var name in new[] { "刘斌", "周敬军", "晏桃保" })
        {
            Assert.Equal(RoleChange.Changed, _roles.Revoke(name, "郭立芳", null));
        }

        Assert.Equal(RoleChange.LastCoordinator, _roles.Revoke("郭立芳", "郭立芳", null));
        Assert.True(_roles.IsCoordinator("郭立芳"));
    }

    [Fact]
    public void Grant_SomeoneNotOnTheRoster_ChangesNothing()
    {
        Assert.Equal(RoleChange.NotOnRoster, _roles.Grant("张三", "郭立芳", null));
        Assert.Equal(RoleChange.Unchanged, _roles.Grant("郭 立芳", "郭立芳", null));
        Assert.Equal(4, _roles.Coordinators().Count);
    }

    [Fact]
    public void Seeding_HappensOnceInTheLifeOfTheDatabase()
    {
        _roles.Revoke("周敬军", "郭立芳", null);

        var reopened = new CoordinatorRoles(_store, SeedCampaign.Campaign, Options.Create(new PeopleOptions()), new FakeTimeProvider());

        Assert.False(reopened.IsCoordinator("周敬军"));
        Assert.Equal(4, _store.Audit().Count(entry => entry.Action == PeopleAuditActions.SeedCoordinator));
    }

    [Fact]
    public void DefaultCoordinators_FollowTheConfiguredGroups()
    {
        var options = new PeopleOptions { CoordinatorGroups = ["活动策划组"] };

        Assert.Equal(["晏桃保", "刘斌", "汪珂吉"], DefaultCoordinators.From(SeedCampaign.Campaign, options));
    }
}
