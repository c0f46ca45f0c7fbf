using System.Net;
using CivilityBot.Tests.Simulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CivilityBot.Cluster.Tests;

/// <summary>
/// The simulated Bot Connector (the one the in-process tests use as an HTTP handler) served on a loopback port, so
/// that bot processes reach it as they would reach Teams: it is the service URL of every conversation in the test.
/// </summary>
internal sealed class SimulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpMessageInvoker _invoker;

    private SimulatorServer(WebApplication app, TeamsConnectorSimulator simulator)
    {
        _app = app;
        Simulator = simulator;
        _invoker = new HttpMessageInvoker(simulator, disposeHandler: false);
    }

    public TeamsConnectorSimulator Simulator { get; }

    /// <summary>The service URL to put on activities: http://127.0.0.1:{port}/.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public static async Task<SimulatorServer> StartAsync(SimulatorLimits limits)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var port = ClusterPaths.FreePort();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var server = new SimulatorServer(app, new TeamsConnectorSimulator(limits)) { ServiceUrl = $"http://127.0.0.1:{port}/" };
        app.Run(server.ForwardAsync);
        await app.StartAsync();
        return server;
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), ServiceUrl.TrimEnd('/') + context.Request.Path + context.Request.QueryString)
        {
            Content = new ByteArrayContent(body.ToArray()),
        };
        using var response = await _invoker.SendAsync(request, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        if (response.Headers.RetryAfter?.Delta is { } delta)
        {
            context.Response.Headers.RetryAfter = ((int)delta.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        context.Response.ContentType = "application/json";
        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _invoker.Dispose();
        Simulator.Dispose();
    }
}
