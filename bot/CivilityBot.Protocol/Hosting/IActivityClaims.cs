namespace CivilityBot.Protocol.Hosting;

/// <summary>
/// De-duplication across instances: when several instances of the bot serve one bot registration, Teams may deliver the
/// same activity twice to two of them. Before an activity's first run on this instance, the endpoint asks here whether
/// another instance took it on already; only the first to claim it runs the turn, the others answer 200 with no body.
/// The default (<see cref="SingleInstanceActivityClaims"/>) grants every claim: one process already de-duplicates in
/// memory. The keys are 128-bit digests of channel, conversation and activity id (no personal data).
/// </summary>
public interface IActivityClaims
{
    /// <summary>
    /// True when no other instance claimed <paramref name="key"/> before, or its claim expired by <paramref name="now"/>;
    /// the claim then holds until <paramref name="expiresAt"/>. Throwing means "unknown": the endpoint runs the turn.
    /// </summary>
    ValueTask<bool> TryClaimAsync(UInt128 key, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
