namespace CivilityBot.People;

/// <summary>
/// Microsoft Graph, used only to turn the UPNs named in the campaign data into AAD object ids. Empty credentials fall
/// back to the bot's own app registration (section Bot), which then needs the User.Read.All application permission.
/// </summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    public bool Enabled { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public string ClientId { get; set; } = string.Empty;

    public string ClientSecret { get; set; } = string.Empty;
}
