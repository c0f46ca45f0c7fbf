using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace CivilityBot.Tests.Simulator;

/// <summary>
/// The Bot Connector service as the real <c>ConnectorClient</c> sees it (as its primary HTTP handler): creates 1:1
/// conversations, accepts sends and updates, enforces Teams-like rate limits with 429 + Retry-After, injects
/// 403/404/5xx on request, and records everything it accepted.
/// </summary>
public sealed class TeamsConnectorSimulator(SimulatorLimits? limits = null, TimeProvider? time = null) : HttpMessageHandler
{
    private static readonly (int Limit, TimeSpan Window)[] ConversationWindows =
        [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30))];

    private static readonly JsonSerializerOptions TeamsJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SimulatorLimits _limits = limits ?? SimulatorLimits.Teams;
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _accepted = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _perConversation = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<SimulatedFault>> _faults = new(StringComparer.Ordinal);
    private readonly List<(Func<bool> Done, TaskCompletionSource Signal)> _waiters = [];
    private readonly Random _random = new(20231101);
    private int _nextActivity;
    private int _requests;

    public ConcurrentQueue<SimulatedMessage> Messages { get; } = new();

    public ConcurrentQueue<SimulatedMessage> Updates { get; } = new();

    public ConcurrentQueue<string> CreatedFor { get; } = new();

    public ConcurrentDictionary<int, int> Rejections { get; } = new();

    /// <summary>Requests per conversation id, answered or not.</summary>
    public ConcurrentDictionary<string, int> RequestsTo { get; } = new(StringComparer.Ordinal);

    /// <summary>429 answers per conversation id.</summary>
    public ConcurrentDictionary<string, int> ThrottledTo { get; } = new(StringComparer.Ordinal);

    /// <summary>When each 429 was answered, to see whether throttling came in bursts.</summary>
    public ConcurrentQueue<DateTimeOffset> ThrottledAt { get; } = new();

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Chance (0..1) that an otherwise fine call answers 502/503/504 instead.</summary>
    public double TransientFailureRate { get; set; }

    /// <summary>The 1:1 conversation id Teams would give this user (stable, as in Teams).</summary>
    public static string PersonalConversationOf(string userId) => "a:" + userId;

    /// <summary>The next <paramref name="times"/> calls for this conversation id (sends) or user id (creation) fail so.</summary>
    public void Fail(string conversationOrUserId, SimulatedFault fault, int times = 1000)
    {
        var queue = _faults.GetOrAdd(conversationOrUserId, _ => new ConcurrentQueue<SimulatedFault>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(fault);
        }
    }

    public Task WhenMessages(int count) => When(() => Messages.Count >= count);

    /// <summary>Completes when an update (a status card edit) whose JSON contains <paramref name="text"/> arrives.</summary>
    public Task WhenUpdateContains(string text) => When(() => Updates.Any(u => u.Content.Contains(text, StringComparison.Ordinal)));

    public IReadOnlyDictionary<string, int> MessagesPerConversation() =>
        Messages.GroupBy(m => m.ConversationId).ToDictionary(g => g.Key, g => g.Count());

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        if (_limits.Latency > TimeSpan.Zero)
        {
            await Task.Delay(_limits.Latency, _time, cancellationToken);
        }

        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        // A service URL may carry a path (https://smba.trafficmanager.net/teams/): the Connector API starts at "v3".
        var segments = request.RequestUri!.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString)
            .SkipWhile(segment => segment != "v3").ToArray();
        var response = Route(request.Method, segments, body);
        CheckWaiters();
        return response;
    }

    private HttpResponseMessage Route(HttpMethod method, string[] path, string? body)
    {
        // v3/conversations | v3/conversations/{id}/activities | v3/conversations/{id}/activities/{activityId}
        if (path is ["v3", "conversations"] && method == HttpMethod.Post)
        {
            return Create(body);
        }

        if (path is ["v3", "conversations", var conversationId, "activities", ..] && body is not null)
        {
            return Activity(method, conversationId, body);
        }

        return Error(SimulatedFault.NotFound);
    }

    private HttpResponseMessage Create(string? body)
    {
        using var parameters = JsonDocument.Parse(body ?? "{}");
        var userId = parameters.RootElement.GetProperty("members")[0].GetProperty("id").GetString()!;
        var tenant = parameters.RootElement.TryGetProperty("tenantId", out var t) ? t.GetString() : null;
        if (Admit(null, out _) is { } throttled)
        {
            return throttled;
        }

        var fault = tenant is null ? SimulatedFault.BadRequest : NextFault(userId);
        if (fault is not null)
        {
            return Error(fault);
        }

        CreatedFor.Enqueue(userId);
        return Json($$"""{"id":"{{PersonalConversationOf(userId)}}"}""");
    }

    private HttpResponseMessage Activity(HttpMethod method, string conversationId, string body)
    {
        RequestsTo.AddOrUpdate(conversationId, 1, (_, count) => count + 1);
        if (Admit(conversationId, out var now) is { } throttled)
        {
            ThrottledTo.AddOrUpdate(conversationId, 1, (_, count) => count + 1);
            return throttled;
        }

        var fault = NextFault(conversationId) ?? RandomTransient();
        if (fault is not null)
        {
            return Error(fault);
        }

        var id = $"1{Interlocked.Increment(ref _nextActivity):D9}";
        var message = new SimulatedMessage(conversationId, id, JsonDocument.Parse(body).RootElement.Clone(), now);
        (method == HttpMethod.Put ? Updates : Messages).Enqueue(message);
        return Json($$"""{"id":"{{id}}"}""");
    }

    /// <summary>Counts the call against the limits, or answers 429 when it would break one.</summary>
    private HttpResponseMessage? Admit(string? conversationId, out DateTimeOffset admittedAt)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            admittedAt = now;
            Trim(_accepted, now, TimeSpan.FromSeconds(1));
            var conversation = conversationId is null || !_limits.PerConversation ? null : ConversationLog(conversationId, now);
            if ((_limits.PerSecond is { } perSecond && _accepted.Count >= perSecond)
                || (conversation is not null && ConversationWindows.Any(w => conversation.Count(at => now - at < w.Window) >= w.Limit)))
            {
                ThrottledAt.Enqueue(now);
                return Error(SimulatedFault.Throttled(_limits.RetryAfterSeconds));
            }

            _accepted.Enqueue(now);
            conversation?.Enqueue(now);
            return null;
        }
    }

    private Queue<DateTimeOffset> ConversationLog(string conversationId, DateTimeOffset now)
    {
        if (!_perConversation.TryGetValue(conversationId, out var log))
        {
            log = new Queue<DateTimeOffset>();
            _perConversation[conversationId] = log;
        }

        Trim(log, now, TimeSpan.FromSeconds(30));
        return log;
    }

    private static void Trim(Queue<DateTimeOffset> log, DateTimeOffset now, TimeSpan window)
    {
        while (log.Count > 0 && now - log.Peek() >= window)
        {
            log.Dequeue();
        }
    }

    private SimulatedFault? NextFault(string key) =>
        _faults.TryGetValue(key, out var queue) && queue.TryDequeue(out var fault) ? fault : null;

    private SimulatedFault? RandomTransient()
    {
        lock (_random)
        {
            return TransientFailureRate > 0 && _random.NextDouble() < TransientFailureRate
                ? SimulatedFault.ServerError(new[] { 502, 503, 504 }[_random.Next(3)])
                : null;
        }
    }

    private HttpResponseMessage Error(SimulatedFault fault)
    {
        Rejections.AddOrUpdate(fault.Status, 1, (_, count) => count + 1);
        // Teams escapes quotes inside the message as \" (as Newtonsoft does), which is where the sub code hides.
        var error = JsonSerializer.Serialize(new { error = new { code = fault.Code, message = fault.Message } }, TeamsJson);
        var response = new HttpResponseMessage((HttpStatusCode)fault.Status) { Content = new StringContent(error, Encoding.UTF8, "application/json") };
        if (fault.RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        }

        return response;
    }

    private static HttpResponseMessage Json(string json) =>
        new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private Task When(Func<bool> done)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            _waiters.Add((done, signal));
        }

        CheckWaiters();
        return signal.Task;
    }

    private void CheckWaiters()
    {
        lock (_waiters)
        {
            foreach (var waiter in _waiters.Where(w => w.Done()).ToList())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }
}
