using CivilityBot.Storage;
using LiteDB;

namespace CivilityBot.Conversations;

public sealed class LiteDbConversationReferenceStore : IConversationReferenceStore
{
    private readonly ILiteCollection<ConversationReferenceRecord> _references;

    public LiteDbConversationReferenceStore(BotDatabase database)
    {
        _references = database.Collection<ConversationReferenceRecord>("conversation_references");
        _references.EnsureIndex(r => r.AadObjectId);
        _references.EnsureIndex(r => r.UserId);
    }

    public void Upsert(ConversationReferenceRecord reference) => _references.Upsert(reference);

    public IReadOnlyList<ConversationReferenceRecord> FindByAadObjectId(string aadObjectId) =>
        Order(_references.Find(r => r.AadObjectId == aadObjectId));

    public IReadOnlyList<ConversationReferenceRecord> FindByUserId(string userId) =>
        Order(_references.Find(r => r.UserId == userId));

    public IReadOnlyList<string> VerifiedServiceUrls() =>
        _references.Find(r => r.ServiceUrlVerified).Select(r => r.ServiceUrl).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static List<ConversationReferenceRecord> Order(IEnumerable<ConversationReferenceRecord> found) =>
        found.OrderByDescending(r => r.IsPersonal).ThenByDescending(r => r.UpdatedAt).ToList();
}
