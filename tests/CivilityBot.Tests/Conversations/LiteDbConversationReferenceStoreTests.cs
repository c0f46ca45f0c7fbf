using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Conversations;

public sealed class LiteDbConversationReferenceStoreTests : ConversationReferenceStoreContractTests, IDisposable
{
    private readonly TempDatabase _db = new();

    public LiteDbConversationReferenceStoreTests() => Store = new LiteDbConversationReferenceStore(_db.Database);

    protected override IConversationReferenceStore Store { get; }

    public void Dispose() => _db.Dispose();
}
