using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CivilityBot.Conversations;

/// <summary>
/// Paces every proactive connector call: per conversation (Teams' per-thread limits) and for the whole bot
/// (a token bucket refilled one token at a time, so no second ever holds more than the configured rate plus one).
/// </summary>
public sealed class ProactivePacer : IDisposable
{
    private readonly TokenBucketRateLimiter _tenant;
    private readonly ProactiveConversationSpacing _spacing;

    public ProactivePacer(IOptions<ProactiveMessengerOptions> options, ProactiveConversationSpacing spacing)
    {
        var perSecond = options.Value.RequestsPerSecond;
        _tenant = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / perSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        _spacing = spacing;
    }

    /// <summary>Returns when one request to <paramref name="conversationKey"/> may go out now.</summary>
    public async ValueTask WaitAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await _spacing.WaitAsync(conversationKey, cancellationToken);
        using var lease = await _tenant.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("The proactive rate limiter refused a permit although its queue is unbounded.");
        }
    }

    public void Dispose() => _tenant.Dispose();
}
