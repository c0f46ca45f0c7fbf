namespace CivilityBot.Protocol.Auth;

/// <summary>Used when no app id is configured: outbound calls carry no Authorization header.</summary>
internal sealed class NoConnectorTokenProvider : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
