namespace CivilityBot.Tests.People;

/// <summary>What every <see cref="IPeopleStore"/> must do; each storage technology runs it in a subclass.</summary>
public abstract class PeopleStoreContractTests
{
    private static readonly DateTimeOffset T0 = new(2023, 9, 15, 1, 0, 0, TimeSpan.Zero);

    protected abstract IPeopleStore Store { get; }

    [Fact]
    public void Link_StoresTheLinkWithItsAuditRow_AndRefusesAnIdentityHeldByAnother()
    {
        var song = Link("宋伟", "aad-song", "29:song");

        Assert.Equal(LinkStatus.Linked, Store.Link(song, Audit(PeopleAuditActions.SeedCoordinator, "宋伟"), replace: false).Status);
        var refused = Store.Link(Link("汪珂吉", "aad-song", "29:wang"), Audit(PeopleAuditActions.SeedCoordinator, "汪珂吉"), replace: false);
        var byUserId = Store.Link(Link("汪珂吉", null, "29:song"), Audit(PeopleAuditActions.SeedCoordinator, "汪珂吉"), replace: false);

        Assert.Equal(new LinkOutcome(LinkStatus.IdentityLinkedElsewhere, "宋伟"), refused);
        Assert.Equal(new LinkOutcome(LinkStatus.IdentityLinkedElsewhere, "宋伟"), byUserId);
        Assert.Equal([song], Store.Links());
        Assert.Equal(["宋伟"], Store.Audit().Select(entry => entry.PersonName));
    }

    [Fact]
    public void Link_ReplacesOnlyWhenAsked()
    {
        Store.Link(Link("宋伟", "aad-song", "29:song"), Audit(PeopleAuditActions.SeedCoordinator, "宋伟"), replace: false);
        var newer = Link("宋伟", "aad-song-2", "29:song-2");

        Assert.Equal(LinkStatus.PersonAlreadyLinked, Store.Link(newer, Audit(PeopleAuditActions.SeedCoordinator, "宋伟"), replace: false).Status);
        Assert.Equal(LinkStatus.Linked, Store.Link(newer, Audit(PeopleAuditActions.SeedCoordinator, "宋伟"), replace: true).Status);
        Assert.Equal([newer], Store.Links());
    }

    [Fact]
    public void Unlink_RemovesOnceWithAnAuditRow()
    {
        Store.Link(Link("宋伟", "aad-song", null), Audit(PeopleAuditActions.SeedCoordinator, "宋伟"), replace: false);

        Assert.True(Store.Unlink("宋伟", Audit(PeopleAuditActions.RevokeCoordinator, "宋伟")));
        Assert.False(Store.Unlink("宋伟", Audit(PeopleAuditActions.RevokeCoordinator, "宋伟")));
        Assert.Empty(Store.Links());
        Assert.Equal(2, Store.Audit().Count);
    }

    [Fact]
    public void Grant_and_Revoke_ChangeTheRoleOnce_AndAuditInOrder()
    {
        Assert.True(Store.Grant(Grant("宋伟"), Audit(PeopleAuditActions.GrantCoordinator, "宋伟")));
        Assert.False(Store.Grant(Grant("宋伟"), Audit(PeopleAuditActions.GrantCoordinator, "宋伟")));
        Assert.True(Store.Grant(Grant("汪珂吉"), Audit(PeopleAuditActions.GrantCoordinator, "汪珂吉")));
        Assert.True(Store.Revoke("宋伟", Audit(PeopleAuditActions.RevokeCoordinator, "宋伟")));
        Assert.False(Store.Revoke("宋伟", Audit(PeopleAuditActions.RevokeCoordinator, "宋伟")));

        Assert.Equal(["汪珂吉"], Store.Coordinators().Select(grant => grant.Id));
        var audit = Store.Audit();
        Assert.Equal(["宋伟", "汪珂吉", "宋伟"], audit.Select(entry => entry.PersonName));
        Assert.True(audit[0].Id < audit[1].Id && audit[1].Id < audit[2].Id);
    }

    [Fact]
    public void SeedCoordinators_GrantsOnceInTheLifeOfTheDatabase()
    {
        Assert.True(Store.SeedCoordinators([Grant("晏桃保"), Grant("刘斌")], T0));
        Store.Revoke("刘斌", Audit(PeopleAuditActions.RevokeCoordinator, "刘斌"));

        Assert.False(Store.SeedCoordinators([Grant("晏桃保"), Grant("刘斌")], T0));
        Assert.Equal(["晏桃保"], Store.Coordinators().Select(grant => grant.Id));
        Assert.Equal(PeopleAuditEntry.System, Store.Audit()[0].ActorName);
    }

    private static PersonLink Link(string name, string? aad, string? userId) =>
        new() { Id = name, AadObjectId = aad, TeamsUserId = userId, TenantId = "tenant", LinkedAt = T0, LinkedBy = "刘斌" };

    private static CoordinatorGrant Grant(string name) => new() { Id = name, GrantedBy = "刘斌", GrantedAt = T0 };

    private static PeopleAuditEntry Audit(string action, string person) =>
        new() { At = T0, ActorName = "刘斌", ActorAadObjectId = "aad-liu", Action = action, PersonName = person, Detail = "aad" };
}
