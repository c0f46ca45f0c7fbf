using System.Collections.Concurrent;
using CivilityBot.Protocol;
using CivilityBot.Protocol.Schema;

namespace CivilityBot.Tests.Reminders;

/// <summary>An <see cref="IConnectorClient"/> for unit tests: records calls, answers from a script.</summary>
internal sealed class RecordingConnector : IConnectorClient
{
    private int _next;

    public ConcurrentQueue<(string ServiceUrl, string ConversationId, Activity Activity)> Sent { get; } = new();

    public ConcurrentQueue<ConversationParameters> Created { get; } = new();

    /// <summary>Thrown by the next sends (and creations), in order.</summary>
    public ConcurrentQueue<ConnectorException> Failures { get; } = new();

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ThrowIfScripted();
        Sent.Enqueue((serviceUrl, conversationId, activity));
        return Task.FromResult(new ResourceResponse { Id = $"activity-{Interlocked.Increment(ref _next)}" });
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ThrowIfScripted();
        Created.Enqueue(parameters);
        return Task.FromResult(new ConversationResourceResponse { Id = "a:new-" + parameters.Members![0].Id });
    }

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse { Id = activityId });

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        Task.FromResult(new PagedMembersResult());

    private void ThrowIfScripted()
    {
        if (Failures.TryDequeue(out var failure))
        {
            throw failure;
        }
    }
}
