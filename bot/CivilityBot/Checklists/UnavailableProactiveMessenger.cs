using CivilityBot.Conversations;
using CivilityBot.Protocol.Schema;

namespace CivilityBot.Checklists;

/// <summary>
/// Stands in when no proactive messenger is registered (the reminders feature registers the real one), so the service
/// still starts and 发送清单 explains that it cannot send instead of failing.
/// </summary>
public sealed class UnavailableProactiveMessenger : IProactiveMessenger
{
    private const string Code = "ProactiveUnavailable";
    private const string Reason = "主动发送功能未启用";

    public Reachability CheckReachability(string personName) => new(false, Code, Reason);

    public Task<DeliveryResult> SendAsync(string personName, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new DeliveryResult(DeliveryState.Unreachable, null, Code, Reason));
}
