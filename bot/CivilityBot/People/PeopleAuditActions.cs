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
}
