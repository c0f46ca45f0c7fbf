namespace CivilityBot.People;

public enum RoleChange
{
    Changed,

    /// <summary>The person already had (grant) or did not have (revoke) the role.</summary>
    Unchanged,

    NotOnRoster,

    /// <summary>Revoking would leave nobody able to grant the role again.</summary>
    LastCoordinator,
}
