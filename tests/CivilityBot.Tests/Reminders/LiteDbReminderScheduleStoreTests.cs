using CivilityBot.Reminders;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Reminders;

public sealed class LiteDbReminderScheduleStoreTests : ReminderScheduleStoreContractTests, IDisposable
{
    private readonly TempDatabase _db = new();

    public LiteDbReminderScheduleStoreTests() => Store = OtherInstance();

    protected override IReminderScheduleStore Store { get; }

    protected override IReminderScheduleStore OtherInstance() => new LiteDbReminderScheduleStore(_db.Database);

    public void Dispose() => _db.Dispose();
}
