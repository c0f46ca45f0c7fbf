using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CivilityBot.Protocol.Pacing;

/// <summary>
/// Paces every connector request: per conversation (Teams' per-thread limits) and for the whole bot with a
/// token bucket that refills continuously at the configured rate. It holds two tokens: enough that a late timer
/// tick on a busy machine does not lose pace, too few for a burst Teams would notice (at most rate + 2 in a second).
/// </summary>
public sealed class ConnectorPacer : IDisposable
{
    private readonly TokenBucketRateLimiter _tenant;
    private readonly ConversationSpacing _spacing;

    public ConnectorPacer(IOptions<ConnectorPacingOptions> options, ConversationSpacing spacing)
    {
        var perSecond = options.Value.RequestsPerSecond;
        _tenant = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 2,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / perSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        _spacing = spacing;
    }

    /// <summary>Returns when one request (to <paramref name="conversationKey"/>, when it targets a conversation) may go out now.</summary>
    public async ValueTask WaitAsync(string? conversationKey, CancellationToken cancellationToken)
    {
        if (conversationKey is not null)
        {
            await _spacing.WaitAsync(conversationKey, cancellationToken);
        }

        using var lease = await _tenant.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("The proactive rate limiter refused a permit although its queue is unbounded.");
        }
    }

    public void Dispose() => _tenant.Dispose();
}
