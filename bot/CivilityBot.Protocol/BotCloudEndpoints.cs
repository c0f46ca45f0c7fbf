namespace CivilityBot.Protocol;

/// <summary>
/// Every endpoint the bot talks to or trusts in one <see cref="BotCloud"/>. Values come from Microsoft's SDKs:
/// <list type="bullet">
/// <item>login endpoint, multi-tenant login tenant, Bot Framework scope, token service, OpenID metadata, token issuer and
/// Graph scope (hence root): microsoft/teams.net <c>Libraries/Microsoft.Teams.Api/Auth/CloudEnvironment.cs</c>
/// (release 2.0, commit beaf8909), which matches botbuilder-dotnet
/// <c>libraries/Microsoft.Bot.Connector/Authentication/GovernmentAuthenticationConstants.cs</c> for US Gov and
/// MicrosoftDocs/bot-docs <c>articles/how-to-deploy-china-cloud.md</c> for 21Vianet;</item>
/// <item>trusted Teams service URL hosts: the same teams.net file before commit 44fe0c56 ("allowedServiceUrls");</item>
/// <item>global service URLs for proactive messages: the Teams docs page "Send proactive messages"
/// (msteams-docs <c>bots/how-to/conversations/send-proactive-messages.md</c>), which names none for 21Vianet;</item>
/// <item>caller ids: botbuilder-dotnet <c>libraries/Microsoft.Bot.Schema/CallerIdConstants.cs</c> (it defines no China one,
/// so China keeps the generic Azure channel id).</item>
/// </list>
/// </summary>
public sealed class BotCloudEndpoints
{
    /// <summary>Builds a set of endpoints; every URL must be absolute.</summary>
    public BotCloudEndpoints(
        Uri openIdMetadataUrl,
        string channelTokenIssuer,
        string channelCallerId,
        Uri loginEndpoint,
        string loginTenant,
        string botFrameworkScope,
        Uri tokenServiceUrl,
        Uri graphBaseUrl,
        IReadOnlyList<string> trustedServiceUrls,
        string? globalServiceUrl)
    {
        OpenIdMetadataUrl = openIdMetadataUrl;
        ChannelTokenIssuer = channelTokenIssuer;
        ChannelCallerId = channelCallerId;
        LoginEndpoint = loginEndpoint;
        LoginTenant = loginTenant;
        BotFrameworkScope = botFrameworkScope;
        TokenServiceUrl = tokenServiceUrl;
        GraphBaseUrl = graphBaseUrl;
        TrustedServiceUrls = trustedServiceUrls;
        GlobalServiceUrl = globalServiceUrl;
    }

    /// <summary>The public cloud (GCC bots use it too).</summary>
    public static BotCloudEndpoints Public { get; } = new(
        new Uri("https://login.botframework.com/v1/.well-known/openidconfiguration"),
        "https://api.botframework.com",
        "urn:botframework:azure",
        new Uri("https://login.microsoftonline.com"),
        "botframework.com",
        "https://api.botframework.com/.default",
        new Uri("https://token.botframework.com"),
        new Uri("https://graph.microsoft.com"),
        [
            "https://smba.trafficmanager.net/teams/",
            "https://smba.onyx.prod.teams.trafficmanager.net/",
            "https://smba.infra.gcc.teams.microsoft.com/gcc",
            "https://smba.infra.gov.teams.microsoft.us/gcch",
        ],
        "https://smba.trafficmanager.net/teams/");

    /// <summary>GCC High.</summary>
    public static BotCloudEndpoints USGov { get; } = new(
        new Uri("https://login.botframework.azure.us/v1/.well-known/openidconfiguration"),
        "https://api.botframework.us",
        "urn:botframework:azureusgov",
        new Uri("https://login.microsoftonline.us"),
        "MicrosoftServices.onmicrosoft.us",
        "https://api.botframework.us/.default",
        new Uri("https://tokengcch.botframework.azure.us"),
        new Uri("https://graph.microsoft.us"),
        ["https://smba.infra.gov.teams.microsoft.us/gcch"],
        "https://smba.infra.gov.teams.microsoft.us/gcch");

    /// <summary>Department of Defense.</summary>
    public static BotCloudEndpoints USGovDoD { get; } = new(
        new Uri("https://login.botframework.azure.us/v1/.well-known/openidconfiguration"),
        "https://api.botframework.us",
        "urn:botframework:azureusgov",
        new Uri("https://login.microsoftonline.us"),
        "MicrosoftServices.onmicrosoft.us",
        "https://api.botframework.us/.default",
        new Uri("https://apiDoD.botframework.azure.us"),
        new Uri("https://dod-graph.microsoft.us"),
        ["https://smba.infra.dod.teams.microsoft.us/dod"],
        "https://smba.infra.dod.teams.microsoft.us/dod");

    /// <summary>21Vianet. There is no global service URL: proactive sends use a stored conversation's service URL.</summary>
    public static BotCloudEndpoints China { get; } = new(
        new Uri("https://login.botframework.azure.cn/v1/.well-known/openidconfiguration"),
        "https://api.botframework.azure.cn",
        "urn:botframework:azure",
        new Uri("https://login.partner.microsoftonline.cn"),
        "microsoftservices.partner.onmschina.cn",
        "https://api.botframework.azure.cn/.default",
        new Uri("https://token.botframework.azure.cn"),
        new Uri("https://microsoftgraph.chinacloudapi.cn"),
        ["https://frontend.botapi.msg.infra.teams.microsoftonline.cn/"],
        globalServiceUrl: null);

    /// <summary>Where the channel's signing keys are published (<c>Bot:OpenIdMetadataUrl</c>).</summary>
    public Uri OpenIdMetadataUrl { get; }

    /// <summary>The <c>iss</c> of every channel token (<c>Bot:ChannelTokenIssuer</c>).</summary>
    public string ChannelTokenIssuer { get; }

    /// <summary>The activity's <c>callerId</c> after a successful channel validation.</summary>
    public string ChannelCallerId { get; }

    /// <summary>Entra login host for the bot's outbound token, no tenant (<c>Bot:LoginEndpoint</c>).</summary>
    public Uri LoginEndpoint { get; }

    /// <summary>Tenant that issues a MultiTenant bot's token (<c>Bot:LoginTenant</c>); SingleTenant bots use their own.</summary>
    public string LoginTenant { get; }

    /// <summary>Scope of the bot's outbound token, client-credentials form (<c>Bot:BotFrameworkScope</c>).</summary>
    public string BotFrameworkScope { get; }

    /// <summary>The same as a resource (managed identity form): the scope without <c>/.default</c>.</summary>
    public string BotFrameworkResource => StripDefaultSuffix(BotFrameworkScope);

    /// <summary>The Bot Framework token service (user sign-in; <c>Bot:TokenServiceUrl</c>).</summary>
    public Uri TokenServiceUrl { get; }

    /// <summary>Microsoft Graph root without version, e.g. <c>https://graph.microsoft.com</c> (<c>Bot:GraphBaseUrl</c>).</summary>
    public Uri GraphBaseUrl { get; }

    /// <summary>App-only Graph scope: <see cref="GraphBaseUrl"/> + <c>/.default</c>.</summary>
    public string GraphScope => GraphBaseUrl.GetLeftPart(UriPartial.Authority) + "/.default";

    /// <summary>Teams service URLs trusted before any activity arrives; <c>Bot:AllowedServiceUrls</c> adds to them.</summary>
    public IReadOnlyList<string> TrustedServiceUrls { get; }

    /// <summary>
    /// The cloud's global service URL for starting a conversation with someone who never wrote; null where there is
    /// none (21Vianet), so a send must use a stored conversation's service URL (<c>Bot:GlobalServiceUrl</c>).
    /// </summary>
    public string? GlobalServiceUrl { get; }

    /// <summary>The preset of <paramref name="cloud"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined enum value.</exception>
    public static BotCloudEndpoints For(BotCloud cloud) => cloud switch
    {
        BotCloud.Public => Public,
        BotCloud.USGov => USGov,
        BotCloud.USGovDoD => USGovDoD,
        BotCloud.China => China,
        _ => throw new ArgumentOutOfRangeException(nameof(cloud), cloud, "Unknown cloud."),
    };

    private static string StripDefaultSuffix(string scope) =>
        scope.EndsWith("/.default", StringComparison.Ordinal) ? scope[..^"/.default".Length] : scope;
}
