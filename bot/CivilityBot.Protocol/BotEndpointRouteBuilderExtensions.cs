using CivilityBot.Protocol.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilityBot.Protocol;

public static class BotEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the Bot Framework messaging endpoint. Every method is routed here so that non-POST requests get
    /// the 405 the protocol asks for.
    /// </summary>
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var endpoint = endpoints.ServiceProvider.GetRequiredService<BotMessageEndpoint>();
        endpoint.ReportConfiguration();
        endpoints.Map(pattern, endpoint.HandleAsync).WithDisplayName("Bot Framework messages");
        return endpoints;
    }
}
