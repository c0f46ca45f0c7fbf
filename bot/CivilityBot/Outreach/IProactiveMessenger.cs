using CivilityBot.Protocol.Schema;

namespace CivilityBot.Outreach;

/// <summary>Reaches a roster person outside a turn: their stored chat, else a new 1:1 chat created through the connector.</summary>
public interface IProactiveMessenger
{
    /// <summary>Whether the person can be reached now, and if not, why (in Chinese, for previews).</summary>
    Reachability CheckReachability(string personName);

    /// <summary>Sends once (the connector's own retries aside); the result is final for this attempt.</summary>
    Task<DeliveryResult> SendAsync(string personName, Activity activity, CancellationToken cancellationToken);
}
