namespace CivilityBot.People;

/// <summary>Values of <see cref="PeopleAuditEntry.Action"/>.</summary>
public static class PeopleAuditActions
{
    public const string AutoLink = "auto-link";
    public const string DataLink = "data-link";
    public const string BootstrapLink = "bootstrap-link";
    public const string Link = "link";
    public const string Unlink = "unlink";
    public const string LinkCompleted = "link-completed";
    public const string SeedCoordinator = "seed-coordinator";
    public const string GrantCoordinator = "grant-coordinator";
    public const string RevokeCoordinator = "revoke-coordinator";

    /// <summary>A staff list import added the person.</summary>
    public const string RosterAdd = "roster-add";

    /// <summary>A staff list import changed the person's department, address or role.</summary>
    public const string RosterChange = "roster-change";

    /// <summary>A staff list import dropped the person from the imported list.</summary>
    public const string RosterRemove = "roster-remove";
}
