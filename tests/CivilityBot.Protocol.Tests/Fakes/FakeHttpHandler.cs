using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Threading.Channels;

namespace CivilityBot.Protocol.Tests.Fakes;

/// <summary>An in-memory HTTP edge: records every request and answers with a scripted response.</summary>
public sealed class FakeHttpHandler : HttpMessageHandler
{
    private readonly Channel<RecordedRequest> arrivals = Channel.CreateUnbounded<RecordedRequest>();
    private readonly TimeProvider time;

    public FakeHttpHandler(Func<RecordedRequest, HttpResponseMessage> respond, TimeProvider? time = null)
    {
        Respond = respond;
        this.time = time ?? TimeProvider.System;
    }

    public Func<RecordedRequest, HttpResponseMessage> Respond { get; set; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>The next request to arrive (in arrival order), failing the test after 10 s of real time.</summary>
    public async Task<RecordedRequest> NextRequestAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await arrivals.Reader.ReadAsync(timeout.Token);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            request.Content?.Headers.ContentType?.ToString(),
            body,
            time.GetUtcNow());
        Requests.Enqueue(recorded);
        arrivals.Writer.TryWrite(recorded);
        var response = Respond(recorded);
        response.RequestMessage = request;
        return response;
    }
}
