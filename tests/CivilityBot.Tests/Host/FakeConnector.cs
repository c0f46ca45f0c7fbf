using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace CivilityBot.Tests.Host;

/// <summary>Stands in for the Bot Connector service: records every outbound call and answers like Teams does.</summary>
public sealed class FakeConnector : HttpMessageHandler
{
    private int _nextId;

    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    /// <summary>Lets a test answer a call differently (e.g. 403); null falls back to success.</summary>
    public Func<ConnectorCall, HttpResponseMessage?>? Respond { get; set; }

    public IReadOnlyList<ConnectorCall> Sent => Calls.Where(c => c.Method == HttpMethod.Post && c.Path.Contains("/activities", StringComparison.Ordinal)).ToList();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var call = new ConnectorCall(request.Method, request.RequestUri!.AbsolutePath, body is null ? null : JsonDocument.Parse(body).RootElement.Clone());
        Calls.Enqueue(call);
        return Respond?.Invoke(call) ?? Success(call);
    }

    private HttpResponseMessage Success(ConnectorCall call)
    {
        var id = Interlocked.Increment(ref _nextId);
        var json = call.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? $$"""{"id":"a:created-{{id}}"}"""
            : $$"""{"id":"activity-{{id}}"}""";
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }
}
