namespace CivilityBot.Protocol.Auth;

/// <summary>Supplies the bot's bearer token for Bot Connector calls; null when authentication is off.</summary>
internal interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
