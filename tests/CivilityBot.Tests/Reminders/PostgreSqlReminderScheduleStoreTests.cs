using CivilityBot.Reminders;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Reminders;

public sealed class PostgreSqlReminderScheduleStoreTests : ReminderScheduleStoreContractTests, IClassFixture<PostgreSqlTestDatabase>
{
    private readonly PostgreSqlTestDatabase _db;

    public PostgreSqlReminderScheduleStoreTests(PostgreSqlTestDatabase db)
    {
        _db = db;
        db.Truncate();
        Store = OtherInstance();
    }

    protected override IReminderScheduleStore Store { get; }

    protected override IReminderScheduleStore OtherInstance() => new PostgreSqlReminderScheduleStore(_db.Database);
}
