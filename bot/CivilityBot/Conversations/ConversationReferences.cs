using System.Collections.Concurrent;
using CivilityBot.Protocol;
using CivilityBot.Protocol.Schema;
using CivilityBot.Storage;
using CivilityBot.Turns;

namespace CivilityBot.Conversations;

/// <summary>
/// Where each person can be reached, recorded as the first step of every turn. Writes only when something changed (the
/// route, or a block to lift), so a busy conversation costs one dictionary lookup per turn instead of a database write.
/// Proactive sends mark a reference blocked here, so the next message from that person lifts the block at once.
/// </summary>
public sealed class ConversationReferences(
    IConversationReferenceStore store, IServiceUrlTrust trust, TimeProvider time, IStoreVersions? versions = null)
{
    private readonly IStoreVersions _versions = versions ?? new SingleProcessStoreVersions();
    private long _seenVersion;

    /// <summary>Ids Teams may send longer than this are not stored (LiteDB index keys are limited to 1,023 bytes).</summary>
    public const int MaxIdLength = 256;

    private readonly ConcurrentDictionary<string, ConversationReferenceRecord> _lastStored = new();

    /// <summary>Stores the sender's reference if it changed or was blocked; null when the activity names no sender, conversation or service URL.</summary>
    public ConversationReferenceRecord? Record(TurnContext turn)
    {
        var reference = From(turn.Activity, turn.ServiceUrlVerified, time.GetUtcNow());
        if (reference is null)
        {
            return null;
        }

        ForgetIfChangedElsewhere();
        var previous = _lastStored.TryGetValue(reference.Id, out var cached) ? cached : null;
        if (previous is not null && !previous.IsBlocked && previous.SameRouteAs(reference))
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

    /// <summary>
    /// Another instance marked a reference blocked (the stores bump <see cref="StoreNames.ConversationReferences"/> then):
    /// forget what was stored, so the next message of that person is written again and lifts the block.
    /// </summary>
    private void ForgetIfChangedElsewhere()
    {
        var version = _versions.Current(StoreNames.ConversationReferences);
        if (Interlocked.Exchange(ref _seenVersion, version) != version)
        {
            _lastStored.Clear();
        }
    }

    /// <summary>Teams answered that the user blocked the bot in this conversation: keep that until they write again.</summary>
    public void MarkBlocked(ConversationReferenceRecord reference, DateTimeOffset at)
    {
        var blocked = reference with { BlockedAt = at };
        store.Upsert(blocked);
        _lastStored[blocked.Id] = blocked;
    }

    /// <summary>Stores a reference the bot created itself (a new 1:1 chat).</summary>
    public void Add(ConversationReferenceRecord reference)
    {
        store.Upsert(reference);
        _lastStored[reference.Id] = reference;
    }

    public IReadOnlyList<ConversationReferenceRecord> FindByAadObjectId(string aadObjectId) => store.FindByAadObjectId(aadObjectId);

    public IReadOnlyList<ConversationReferenceRecord> FindByUserId(string userId) => store.FindByUserId(userId);

    public static ConversationReferenceRecord? From(Activity activity, bool verified, DateTimeOffset now)
    {
        var user = activity.From;
        var conversation = activity.Conversation;
        if (user?.Id is not { Length: > 0 and <= MaxIdLength } userId
            || conversation?.Id is not { Length: > 0 and <= MaxIdLength } conversationId
            || activity.ServiceUrl is not { Length: > 0 and <= MaxIdLength } serviceUrl)
        {
            return null;
        }

        return new ConversationReferenceRecord
        {
            Id = ConversationReferenceRecord.KeyFor(conversationId, userId),
            UserId = userId,
            AadObjectId = Bounded(user.AadObjectId),
            UserName = Bounded(user.Name),
            ConversationId = conversationId,
            ConversationType = Bounded(conversation.ConversationType),
            ServiceUrl = serviceUrl,
            ServiceUrlVerified = verified,
            TenantId = Bounded(activity.GetTenantId()),
            ChannelId = Bounded(activity.ChannelId),
            BotId = Bounded(activity.Recipient?.Id),
            BotName = Bounded(activity.Recipient?.Name),
            UpdatedAt = now,
        };
    }

    private static string? Bounded(string? value) => SafeText.Bounded(value, MaxIdLength);
}
