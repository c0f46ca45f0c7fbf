using System.ComponentModel.DataAnnotations;

namespace CivilityBot.People;

/// <summary>
/// Microsoft Graph (section <c>Graph</c>), off by default. It turns the roster's UPNs or e-mails into Entra accounts
/// (application permission User.Read.All) and, with <see cref="TeamsAppCatalogId"/>, installs the bot for people who never
/// opened it (TeamsAppInstallation.ReadWriteForUser.All). Empty credentials fall back to the bot's own app registration
/// (section Bot). A certificate (<see cref="CertificatePath"/>) is used instead of the secret when given.
/// </summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    public bool Enabled { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public string ClientId { get; set; } = string.Empty;

    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>A .pfx (or PEM) file holding the app registration's certificate and private key; preferred over the secret.</summary>
    public string CertificatePath { get; set; } = string.Empty;

    /// <summary>The certificate file's password, if any.</summary>
    public string CertificatePassword { get; set; } = string.Empty;

    /// <summary>
    /// The bot's id in the organisation's app catalog (Teams admin center → Manage apps → the app → "App ID", or
    /// <c>GET /appCatalogs/teamsApps?$filter=externalId eq '{manifest id}'</c>); not the manifest id. Empty: no installation.
    /// </summary>
    public string TeamsAppCatalogId { get; set; } = string.Empty;

    /// <summary>Installations under way at once (each is three Graph calls).</summary>
    [Range(1, 32)]
    public int MaxConcurrentInstalls { get; set; } = 4;

    /// <summary>How often the roster is looked up again, to notice people who left, moved or were renamed.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Graph's own retry handler: attempts after a 429 / 503 / 504 (it waits as <c>Retry-After</c> says), at most 10.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 5;

    public bool CanInstall => Enabled && !string.IsNullOrWhiteSpace(TeamsAppCatalogId);
}
