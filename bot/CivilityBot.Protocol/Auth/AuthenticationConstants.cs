namespace CivilityBot.Protocol.Auth;

/// <summary>Fixed values of the Bot Framework protocol; per-cloud endpoints are in <see cref="BotCloudEndpoints"/>.</summary>
public static class AuthenticationConstants
{
    /// <summary>
    /// The public cloud's channel token issuer, which the SDK's skill rule (SkillValidation.IsSkillClaim) compares the
    /// audience with in every cloud.
    /// </summary>
    public const string BotFrameworkIssuer = "https://api.botframework.com";

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
