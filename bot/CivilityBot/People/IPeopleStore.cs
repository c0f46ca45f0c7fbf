namespace CivilityBot.People;

/// <summary>Identity links, coordinator roles and their audit log. Every change is written with its audit row.</summary>
public interface IPeopleStore
{
    IReadOnlyList<PersonLink> Links();

    /// <summary>
    /// Links a person unless the identity (AAD object id or Teams user id) belongs to someone else, or the person is
    /// already linked and <paramref name="replace"/> is false.
    /// </summary>
    LinkOutcome Link(PersonLink link, PeopleAuditEntry audit, bool replace);

    /// <summary>False when the person had no link.</summary>
    bool Unlink(string personName, PeopleAuditEntry audit);

    IReadOnlyList<CoordinatorGrant> Coordinators();

    /// <summary>False when the person already holds the role.</summary>
    bool Grant(CoordinatorGrant grant, PeopleAuditEntry audit);

    /// <summary>False when the person did not hold the role.</summary>
    bool Revoke(string personName, PeopleAuditEntry audit);

    /// <summary>Grants the initial roles once in the life of the database; later calls change nothing and return false.</summary>
    bool SeedCoordinators(IReadOnlyList<CoordinatorGrant> grants, DateTimeOffset at);

    IReadOnlyList<PeopleAuditEntry> Audit();
}
