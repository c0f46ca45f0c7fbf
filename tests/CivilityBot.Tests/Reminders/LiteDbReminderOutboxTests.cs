using CivilityBot.Reminders;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Reminders;

public sealed class LiteDbReminderOutboxTests : ReminderOutboxContractTests, IDisposable
{
    private readonly TempDatabase _db = new();

    public LiteDbReminderOutboxTests() => Outbox = new LiteDbOutbox(_db.Database);

    protected override IOutbox Outbox { get; }

    protected override IOutbox OtherInstance() => new LiteDbOutbox(_db.Database);

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Deliveries_SurviveReopeningTheDatabaseFile()
    {
        var broadcast = Outbox.Enqueue(
            new OutboxBatch { CreatedBy = "刘斌", CreatedAt = DateTimeOffset.UnixEpoch },
            [new OutboxDelivery { Id = string.Empty, PersonName = "宋伟", CardJson = "{}" }]);
        _db.Database.Dispose();

        using var reopened = new CivilityBot.Storage.BotDatabase(_db.Path);
        var outbox = new LiteDbOutbox(reopened);

        Assert.Equal("宋伟", Assert.Single(outbox.Deliveries(broadcast.Id)).PersonName);
        Assert.Equal(1, outbox.Count(broadcast.Id).Pending);
    }
}
