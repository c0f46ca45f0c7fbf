using System.Collections.Concurrent;
using CivilityBot.Conversations;
using CivilityBot.People;
using CivilityBot.Protocol;
using CivilityBot.Turns;
using Microsoft.Extensions.Options;

namespace CivilityBot.Outreach;

/// <summary>
/// Keeps the coordinator's status card current: edits it in place at most every few seconds while a broadcast runs,
/// and once more at the end. A broadcast started by a schedule first posts its status card to its creator.
/// </summary>
public sealed partial class BatchStatusReporter(
    IOutbox outbox,
    BatchStatusView view,
    IProactiveMessenger messenger,
    IPeopleDirectory people,
    IConversationReferenceStore references,
    IConnectorClient connector,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<BatchStatusReporter> logger)
{
    private readonly ConcurrentDictionary<int, DateTimeOffset> _updatedAt = new();
    private int _updating;

    public async Task StartAsync(int broadcastId, CancellationToken cancellationToken)
    {
        var broadcast = outbox.FindBroadcast(broadcastId);
        if (broadcast is { StatusMessage: null } && OutboxKinds.ReportsToCreator(broadcast.Kind))
        {
            await PostAsync(broadcast, cancellationToken);
            return;
        }

        await UpdateNowAsync(broadcastId, cancellationToken);
    }

    /// <summary>Updates the card if the last update is old enough and no other update is under way.</summary>
    public async Task ProgressAsync(int broadcastId, CancellationToken cancellationToken)
    {
        if (_updatedAt.TryGetValue(broadcastId, out var last) && time.GetUtcNow() - last < options.Value.StatusUpdateInterval)
        {
            return;
        }

        if (Interlocked.Exchange(ref _updating, 1) == 1)
        {
            return;
        }

        try
        {
            await UpdateNowAsync(broadcastId, cancellationToken);
        }
        finally
        {
            Volatile.Write(ref _updating, 0);
        }
    }

    public async Task UpdateNowAsync(int broadcastId, CancellationToken cancellationToken)
    {
        _updatedAt[broadcastId] = time.GetUtcNow();
        if (outbox.FindBroadcast(broadcastId) is not { StatusMessage: { } at } broadcast)
        {
            return;
        }

        var message = view.Message(broadcast);
        message.Id = at.ActivityId;
        message.Conversation = new Protocol.Schema.ConversationAccount { Id = at.ConversationId };
        message.ServiceUrl = at.ServiceUrl;
        try
        {
            await connector.UpdateActivityAsync(at.ServiceUrl, at.ConversationId, at.ActivityId, message, cancellationToken);
        }
        catch (ConnectorException exception)
        {
            // The broadcast goes on; the coordinator can still open 提醒记录.
            LogStatusUpdateFailed(logger, broadcastId, exception.StatusCode, exception.ErrorCode);
        }
    }

    private async Task PostAsync(OutboxBatch broadcast, CancellationToken cancellationToken)
    {
        var result = await messenger.SendAsync(broadcast.CreatedBy, view.Message(broadcast), cancellationToken);
        var serviceUrl = result.ConversationId is { } conversationId ? ServiceUrlOf(broadcast.CreatedBy, conversationId) : null;
        if (result.State != DeliveryState.Sent || result.ActivityId is null || serviceUrl is null)
        {
            LogStatusPostFailed(logger, broadcast.Id, broadcast.CreatedBy, result.Reason);
            return;
        }

        outbox.SetStatusMessage(broadcast.Id, new CardLocation
        {
            ServiceUrl = serviceUrl,
            ConversationId = result.ConversationId!,
            ActivityId = result.ActivityId,
        });
        _updatedAt[broadcast.Id] = time.GetUtcNow();
    }

    private string? ServiceUrlOf(string personName, string conversationId)
    {
        var link = people.FindLink(personName);
        var known = link?.AadObjectId is { Length: > 0 } aad ? references.FindByAadObjectId(aad)
            : link?.TeamsUserId is { Length: > 0 } userId ? references.FindByUserId(userId) : [];
        return known.FirstOrDefault(r => r.ConversationId == conversationId)?.ServiceUrl;
    }

    [LoggerMessage(EventId = 5201, Level = LogLevel.Warning, Message = "Status card of batch {BroadcastId} not updated: HTTP {StatusCode} {ErrorCode}")]
    private static partial void LogStatusUpdateFailed(ILogger logger, int broadcastId, int statusCode, string? errorCode);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Warning, Message = "Status card of batch {BroadcastId} not posted to {Person}: {Reason}")]
    private static partial void LogStatusPostFailed(ILogger logger, int broadcastId, string person, string? reason);
}
