using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CivilityBot.Tests.Host;

/// <summary>
/// TestServer leaves the peer address empty; real local callers come from loopback. A test can pretend to be
/// a remote caller with the X-Test-Remote-Ip header.
/// </summary>
internal sealed class LoopbackCallerStartupFilter : IStartupFilter
{
    public const string RemoteIpHeader = "X-Test-Remote-Ip";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue(RemoteIpHeader, out var remote)
                ? IPAddress.Parse(remote.ToString())
                : context.Connection.RemoteIpAddress ?? IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}
