using Microsoft.Extensions.Options;

namespace CivilityBot.Protocol.Pacing;

/// <summary>
/// Keeps each conversation under Teams' per-thread limits by remembering when we last wrote to it.
/// Exact sliding windows (not a token bucket) because the limits are "n in any window", and a bucket
/// that refills while idle lets a burst through that Teams would answer with 429.
/// </summary>
public sealed class ConversationSpacing
{
    private const int PruneThreshold = 4096;
    private readonly (int Limit, TimeSpan Length)[] _windows;
    private readonly TimeSpan _longest;
    private readonly Dictionary<string, Queue<DateTimeOffset>> _recent = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public ConversationSpacing(IOptions<ConnectorPacingOptions> options, TimeProvider time)
    {
        var value = options.Value;
        _windows =
        [
            (value.PerConversationPerSecond, TimeSpan.FromSeconds(1)),
            (value.PerConversationPerTwoSeconds, TimeSpan.FromSeconds(2)),
            (value.PerConversationPerThirtySeconds, TimeSpan.FromSeconds(30)),
        ];
        _longest = TimeSpan.FromSeconds(30);
        _time = time;
    }

    /// <summary>Waits until one more request to <paramref name="conversationKey"/> fits every window, then counts it.</summary>
    public async ValueTask WaitAsync(string conversationKey, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryAdmit(conversationKey);
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>Zero when admitted (and recorded); otherwise how long to wait before asking again.</summary>
    public TimeSpan TryAdmit(string conversationKey)
    {
        var now = _time.GetUtcNow();
        lock (_recent)
        {
            PruneIdle(now);
            if (!_recent.TryGetValue(conversationKey, out var sent))
            {
                sent = new Queue<DateTimeOffset>();
                _recent[conversationKey] = sent;
            }

            while (sent.Count > 0 && now - sent.Peek() >= _longest)
            {
                sent.Dequeue();
            }

            var wait = RequiredWait(sent, now);
            if (wait <= TimeSpan.Zero)
            {
                sent.Enqueue(now);
            }

            return wait;
        }
    }

    private TimeSpan RequiredWait(Queue<DateTimeOffset> sent, DateTimeOffset now)
    {
        var wait = TimeSpan.Zero;
        var times = sent.ToArray();
        foreach (var (limit, length) in _windows)
        {
            var inWindow = times.Where(t => now - t < length).ToArray();
            if (inWindow.Length >= limit)
            {
                // The oldest send that must leave the window before one more fits.
                var leaving = inWindow[inWindow.Length - limit];
                var until = leaving + length - now;
                wait = until > wait ? until : wait;
            }
        }

        return wait;
    }

    private void PruneIdle(DateTimeOffset now)
    {
        if (_recent.Count < PruneThreshold)
        {
            return;
        }

        foreach (var key in _recent.Where(pair => pair.Value.Count == 0 || now - pair.Value.Last() >= _longest).Select(pair => pair.Key).ToList())
        {
            _recent.Remove(key);
        }
    }
}
