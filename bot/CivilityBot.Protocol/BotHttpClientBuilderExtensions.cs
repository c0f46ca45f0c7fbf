using CivilityBot.Protocol.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace CivilityBot.Protocol;

public static class BotHttpClientBuilderExtensions
{
    /// <summary>
    /// Attaches the bot's connector token to the client's requests, for resources the channel serves to the bot only
    /// (such as an image pasted into a Teams chat, whose <c>contentUrl</c> is on the trusted serviceUrl host). As for the
    /// connector, a request to a host the <see cref="IServiceUrlTrust"/> does not trust is refused before any token is
    /// attached (<see cref="ConnectorException"/> with code <c>UntrustedServiceUrl</c>). Needs AddBotProtocol.
    /// </summary>
    public static IHttpClientBuilder AddBotConnectorToken(this IHttpClientBuilder builder) =>
        builder.AddHttpMessageHandler<ConnectorTokenHandler>();
}
