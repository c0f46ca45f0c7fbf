namespace CivilityBot.Protocol.Hosting;

/// <summary>The default <see cref="IActivityClaims"/> for one instance: every claim is granted (the in-memory de-duplication is enough).</summary>
public sealed class SingleInstanceActivityClaims : IActivityClaims
{
    public ValueTask<bool> TryClaimAsync(UInt128 key, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        ValueTask.FromResult(true);
}
