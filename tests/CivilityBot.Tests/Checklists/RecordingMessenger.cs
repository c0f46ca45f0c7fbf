using System.Collections.Concurrent;
using CivilityBot.Conversations;
using CivilityBot.Protocol.Schema;

namespace CivilityBot.Tests.Checklists;

/// <summary>A proactive messenger that records what it would send; people listed in <see cref="Unreachable"/> cannot be reached.</summary>
internal sealed class RecordingMessenger : IProactiveMessenger
{
    public ConcurrentDictionary<string, string> Unreachable { get; } = new();

    public ConcurrentQueue<(string Person, Activity Activity)> Sent { get; } = new();

    public Reachability CheckReachability(string personName) =>
        Unreachable.TryGetValue(personName, out var reason) ? new Reachability(false, "NotInstalled", reason) : Reachability.Reachable;

    public Task<DeliveryResult> SendAsync(string personName, Activity activity, CancellationToken cancellationToken)
    {
        if (Unreachable.TryGetValue(personName, out var reason))
        {
            return Task.FromResult(new DeliveryResult(DeliveryState.Unreachable, null, "NotInstalled", reason));
        }

        Sent.Enqueue((personName, activity));
        return Task.FromResult(new DeliveryResult(DeliveryState.Sent, $"sent-{Sent.Count}", null, null));
    }
}
