using System.Collections.Concurrent;

namespace CivilityBot.Conversations;

/// <summary>Lets one welcome per conversation through within a short window.</summary>
public sealed class WelcomeGate(TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _welcomedAt = new();

    public bool TryEnter(string? conversationId)
    {
        var now = time.GetUtcNow();
        var key = conversationId ?? string.Empty;
        var admitted = false;
        _welcomedAt.AddOrUpdate(
            key,
            _ => { admitted = true; return now; },
            (_, last) =>
            {
                admitted = now - last >= Window;
                return admitted ? now : last;
            });
        return admitted;
    }
}
