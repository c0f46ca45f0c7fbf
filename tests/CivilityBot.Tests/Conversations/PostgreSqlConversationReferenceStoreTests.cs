using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Conversations;

public sealed class PostgreSqlConversationReferenceStoreTests : ConversationReferenceStoreContractTests, IClassFixture<PostgreSqlTestDatabase>
{
    public PostgreSqlConversationReferenceStoreTests(PostgreSqlTestDatabase db)
    {
        db.Truncate();
        Store = new PostgreSqlConversationReferenceStore(db.Database);
    }

    protected override IConversationReferenceStore Store { get; }
}
