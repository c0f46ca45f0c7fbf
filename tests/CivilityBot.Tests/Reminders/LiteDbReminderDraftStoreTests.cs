using CivilityBot.Reminders;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Reminders;

public sealed class LiteDbReminderDraftStoreTests : ReminderDraftStoreContractTests, IDisposable
{
    private readonly TempDatabase _db = new();

    public LiteDbReminderDraftStoreTests() => Store = new LiteDbReminderDraftStore(_db.Database);

    protected override IReminderDraftStore Store { get; }

    public void Dispose() => _db.Dispose();
}
