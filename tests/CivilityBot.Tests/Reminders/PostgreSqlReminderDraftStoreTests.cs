using CivilityBot.Reminders;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Reminders;

public sealed class PostgreSqlReminderDraftStoreTests : ReminderDraftStoreContractTests, IClassFixture<PostgreSqlTestDatabase>
{
    public PostgreSqlReminderDraftStoreTests(PostgreSqlTestDatabase db)
    {
        db.Truncate();
        Store = new PostgreSqlReminderDraftStore(db.Database);
    }

    protected override IReminderDraftStore Store { get; }
}
