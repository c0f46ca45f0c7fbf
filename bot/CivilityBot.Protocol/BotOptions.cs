namespace CivilityBot.Protocol;

/// <summary>Settings of the Bot Framework layer, bound to section <c>Bot</c>.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>
    /// Empty means authentication is off: only loopback callers naming an http(s) loopback serviceUrl get in.
    /// Allowed only in the Development environment or with <see cref="AllowUnauthenticated"/>.
    /// </summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>
    /// Explicit opt-in to run without an app id outside the Development environment (for example a local
    /// test rig). Logged at Warning on every start. Behind a reverse proxy on the same host every caller is
    /// loopback, so never set this on an internet-facing deployment.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Which Microsoft cloud; picks every endpoint below that is left empty (<see cref="BotCloudEndpoints"/>).</summary>
    public BotCloud Cloud { get; set; } = BotCloud.Public;

    /// <summary>Overrides the cloud's channel OpenID metadata URL (national clouds, tests).</summary>
    public Uri? OpenIdMetadataUrl { get; set; }

    /// <summary>Overrides the cloud's channel token issuer.</summary>
    public string? ChannelTokenIssuer { get; set; }

    /// <summary>Overrides the cloud's Entra login host for the bot's outbound token (no tenant in it).</summary>
    public Uri? LoginEndpoint { get; set; }

    /// <summary>Overrides the tenant that issues a MultiTenant bot's token.</summary>
    public string? LoginTenant { get; set; }

    /// <summary>Overrides the scope of the bot's outbound token.</summary>
    public string? BotFrameworkScope { get; set; }

    /// <summary>Overrides the cloud's Bot Framework token service URL.</summary>
    public Uri? TokenServiceUrl { get; set; }

    /// <summary>Overrides the cloud's Microsoft Graph root (no version segment).</summary>
    public Uri? GraphBaseUrl { get; set; }

    /// <summary>Overrides the cloud's global service URL for new conversations (there is none in 21Vianet).</summary>
    public string? GlobalServiceUrl { get; set; }

    /// <summary>ServiceUrls trusted before any activity arrives, in addition to the cloud's Teams service URLs.</summary>
    public List<string> AllowedServiceUrls { get; set; } = [];

    /// <summary>Larger request bodies are answered 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 262_144;

    /// <summary>A repeated activity id within this window gets the first answer instead of a second turn.</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Most activities remembered for de-duplication; the oldest are forgotten first. 4096 covers the whole window
    /// at the bureau's traffic; under a flood the window shrinks instead of the cache outliving gen-1 collections
    /// (measured: 20 000 entries at 8 000 req/s caused blocking gen-2 collections and a 46 ms p99).
    /// </summary>
    public int DeduplicationCapacity { get; set; } = 4096;

    /// <summary>
    /// Most bytes of remembered answer bodies (invoke and expectReplies JSON) in the de-duplication cache, 16 MiB by
    /// default; the oldest answers are forgotten first. With <see cref="DeduplicationCapacity"/> this bounds the
    /// cache's memory whatever the traffic (issue 8.6: without it a three-minute mixed soak grew resident memory 158 → 193 MiB).
    /// </summary>
    public long DeduplicationMaxBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// Non-invoke turns still running after this long are answered 200 and finish in the background,
    /// so the channel (which gives up after 15 s) does not retry them.
    /// </summary>
    public TimeSpan AcknowledgeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public int ConnectorMaxRetryAttempts { get; set; } = 3;

    public TimeSpan ConnectorRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan ConnectorAttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>When not empty, activities from other Entra tenants are refused (403).</summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <summary>
    /// The endpoints in effect: the <see cref="Cloud"/> preset with each override above applied, and
    /// <see cref="AllowedServiceUrls"/> added to its trusted service URLs.
    /// </summary>
    public BotCloudEndpoints ResolveEndpoints()
    {
        var preset = BotCloudEndpoints.For(Cloud);
        return new BotCloudEndpoints(
            OpenIdMetadataUrl ?? preset.OpenIdMetadataUrl,
            Override(ChannelTokenIssuer) ?? preset.ChannelTokenIssuer,
            preset.ChannelCallerId,
            LoginEndpoint ?? preset.LoginEndpoint,
            Override(LoginTenant) ?? preset.LoginTenant,
            Override(BotFrameworkScope) ?? preset.BotFrameworkScope,
            TokenServiceUrl ?? preset.TokenServiceUrl,
            GraphBaseUrl ?? preset.GraphBaseUrl,
            [.. preset.TrustedServiceUrls, .. AllowedServiceUrls],
            Override(GlobalServiceUrl) ?? preset.GlobalServiceUrl);
    }

    /// <summary>Set when <see cref="MicrosoftAppType"/> was taken to be SingleTenant because only a tenant id was given.</summary>
    internal bool AppTypeInferred { get; set; }

    /// <summary>Contradicting or unreadable identity settings found by <see cref="TopLevelBotSettings"/>; reported at start-up.</summary>
    internal List<string> SettingConflicts { get; } = [];

    internal bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    private static string? Override(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
