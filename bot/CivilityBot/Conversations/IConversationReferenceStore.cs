namespace CivilityBot.Conversations;

public interface IConversationReferenceStore
{
    void Upsert(ConversationReferenceRecord reference);

    /// <summary>The user's references, personal chats first, then the most recently seen.</summary>
    IReadOnlyList<ConversationReferenceRecord> FindByAadObjectId(string aadObjectId);

    IReadOnlyList<ConversationReferenceRecord> FindByUserId(string userId);

    IReadOnlyList<string> VerifiedServiceUrls();
}
