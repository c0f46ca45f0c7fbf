using System.Collections.Concurrent;
using CivilityBot.Protocol;
using CivilityBot.Protocol.Schema;

namespace CivilityBot.Conversations;

/// <summary>
/// Stores who wrote from where on every inbound activity. Writes only when something changed, so a busy
/// conversation costs one dictionary lookup per turn instead of a database write.
/// </summary>
public sealed class ConversationReferenceRecorder(IConversationReferenceStore store, IServiceUrlTrust trust, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, ConversationReferenceRecord> _lastStored = new();

    public ConversationReferenceRecord? Record(TurnContext turn)
    {
        var reference = From(turn.Activity, turn.ServiceUrlVerified, time.GetUtcNow());
        if (reference is null)
        {
            return null;
        }

        if (_lastStored.TryGetValue(reference.Id, out var previous) && previous.SameRouteAs(reference))
        {
            return previous;
        }

        store.Upsert(reference);
        _lastStored[reference.Id] = reference;
        if (reference.ServiceUrlVerified)
        {
            trust.MarkVerified(reference.ServiceUrl);
        }

        return reference;
    }

    public static ConversationReferenceRecord? From(Activity activity, bool verified, DateTimeOffset now)
    {
        var user = activity.From;
        var conversation = activity.Conversation;
        if (user?.Id is not { Length: > 0 } userId || conversation?.Id is not { Length: > 0 } conversationId
            || activity.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            return null;
        }

        return new ConversationReferenceRecord
        {
            Id = ConversationReferenceRecord.KeyFor(conversationId, userId),
            UserId = userId,
            AadObjectId = user.AadObjectId,
            UserName = user.Name,
            ConversationId = conversationId,
            ConversationType = conversation.ConversationType,
            ServiceUrl = serviceUrl,
            ServiceUrlVerified = verified,
            TenantId = activity.GetTenantId(),
            ChannelId = activity.ChannelId,
            BotId = activity.Recipient?.Id,
            BotName = activity.Recipient?.Name,
            UpdatedAt = now,
        };
    }
}
