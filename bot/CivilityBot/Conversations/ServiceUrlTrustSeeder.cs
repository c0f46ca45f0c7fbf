using CivilityBot.Protocol;

namespace CivilityBot.Conversations;

/// <summary>Service URLs verified before a restart stay trusted for proactive messages after it.</summary>
public sealed class ServiceUrlTrustSeeder(IConversationReferenceStore store, IServiceUrlTrust trust) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var serviceUrl in store.VerifiedServiceUrls())
        {
            trust.MarkVerified(serviceUrl);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
