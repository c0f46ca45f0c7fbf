namespace CivilityBot.Protocol;

/// <summary>Names of the HttpClients this layer uses, so hosts and tests can replace their handlers.</summary>
public static class BotHttpClientNames
{
    /// <summary>Fetches the Bot Framework OpenID metadata and signing keys.</summary>
    public const string OpenIdMetadata = "BotOpenIdMetadata";

    /// <summary>Talks to Entra ID (or the managed identity endpoint) for the bot's outbound token.</summary>
    public const string TokenService = "BotTokenService";

    /// <summary>The typed <see cref="ConnectorClient"/>.</summary>
    public const string Connector = "BotConnector";
}
