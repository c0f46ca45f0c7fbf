namespace CivilityBot.Protocol.Auth;

/// <summary>Fixed values of the Bot Framework public cloud.</summary>
public static class AuthenticationConstants
{
    /// <summary>Issuer of every channel (Bot Connector) token.</summary>
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>Resource of the bot's outbound token (managed identity form).</summary>
    public const string BotFrameworkResource = "https://api.botframework.com";

    /// <summary>Scope of the bot's outbound token (client-credentials form).</summary>
    public const string BotFrameworkScope = "https://api.botframework.com/.default";

    /// <summary>Entra tenant whose authority issues multi-tenant bot tokens.</summary>
    public const string MultiTenantAuthorityTenant = "botframework.com";

    public const string EntraAuthorityHost = "https://login.microsoftonline.com/";

    /// <summary><see cref="Schema.Activity.CallerId"/> after a successful public-cloud channel validation.</summary>
    public const string PublicAzureChannelCallerId = "urn:botframework:azure";

    /// <summary>Claim naming the serviceUrl the token was issued for (lower case on the wire).</summary>
    public const string ServiceUrlClaim = "serviceurl";

    public const string VersionClaim = "ver";

    public const string AppIdClaim = "appid";

    public const string AuthorizedPartyClaim = "azp";

    public const string AnonymousSkillAppId = "AnonymousSkill";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>How often signing keys are re-read even when nothing asks for it (the channel asks for ≤ 24 h).</summary>
    public static readonly TimeSpan MetadataRefreshInterval = TimeSpan.FromHours(12);

    /// <summary>Least time between two forced re-reads (unknown key id), so bad tokens cannot hammer the metadata host.</summary>
    public static readonly TimeSpan MetadataMinimumRefreshInterval = TimeSpan.FromMinutes(5);

    public static IReadOnlyList<string> AllowedSigningAlgorithms { get; } = ["RS256", "RS384", "RS512"];
}
