using CivilityBot.Reminders;
using CivilityBot.Tests.Storage;
using Microsoft.Extensions.Options;

namespace CivilityBot.Tests.Reminders;

/// <summary>The outbox contract on PostgreSQL, plus what only a shared database shows: live instances side by side.</summary>
public sealed class PostgreSqlOutboxTests : ReminderOutboxContractTests, IClassFixture<PostgreSqlTestDatabase>
{
    private static readonly DateTimeOffset Now = new(2023, 9, 15, 1, 0, 0, TimeSpan.Zero);
    private readonly PostgreSqlTestDatabase _db;

    public PostgreSqlOutboxTests(PostgreSqlTestDatabase db)
    {
        _db = db;
        db.Truncate();
        Outbox = OtherInstance();
    }

    protected override IOutbox Outbox { get; }

    protected override IOutbox OtherInstance() => new PostgreSqlOutbox(_db.Database, Options.Create(new OutboxOptions()));

    [Fact]
    public void A_live_instances_send_in_flight_is_not_failed_by_another_before_its_lease_runs_out()
    {
        var broadcast = Outbox.Enqueue(new OutboxBatch { CreatedBy = "刘斌", CreatedAt = Now }, [Delivery("宋伟")]);
        Outbox.TryBeginSend(Outbox.ClaimPending(broadcast.Id, 1, Now).Single(), Now);
        var other = OtherInstance();

        Assert.Equal(0, other.FailInterrupted(Now.AddMinutes(1)));
        Assert.Equal(1, other.FailInterrupted(Now.AddMinutes(3)));
    }

    [Fact]
    public void Two_instances_claiming_one_batch_at_once_share_it_without_overlap()
    {
        var people = Enumerable.Range(0, 200).Select(i => Delivery($"人员{i}")).ToList();
        var broadcast = Outbox.Enqueue(new OutboxBatch { CreatedBy = "刘斌", CreatedAt = Now }, people);
        var instances = new[] { Outbox, OtherInstance(), OtherInstance() };

        var sent = instances.AsParallel().SelectMany(outbox =>
        {
            var mine = new List<string>();
            while (outbox.ClaimPending(broadcast.Id, 8, Now) is { Count: > 0 } claimed)
            {
                mine.AddRange(claimed.Where(id => outbox.TryBeginSend(id, Now) is not null));
            }

            return mine;
        }).ToList();

        Assert.Equal(200, sent.Count);
        Assert.Equal(200, sent.Distinct().Count());
        Assert.Equal(200, Outbox.Count(broadcast.Id).Sending);
    }

    [Fact]
    public void FinishIfDone_is_true_for_exactly_one_of_many_instances()
    {
        var broadcast = Outbox.Enqueue(new OutboxBatch { CreatedBy = "刘斌", CreatedAt = Now }, [Delivery("宋伟")]);
        var id = Outbox.ClaimPending(broadcast.Id, 1, Now).Single();
        Outbox.TryBeginSend(id, Now);
        Outbox.Complete(id, new DeliveryResult(DeliveryState.Sent, "a", null, null), Now);

        var finished = Enumerable.Range(0, 6).AsParallel().Select(_ => OtherInstance().FinishIfDone(broadcast.Id, Now)).ToList();

        Assert.Equal(1, finished.Count(f => f));
    }

    private static OutboxDelivery Delivery(string person) =>
        new() { Id = string.Empty, PersonName = person, Summary = "提醒", CardJson = """{"type":"AdaptiveCard"}""" };
}
