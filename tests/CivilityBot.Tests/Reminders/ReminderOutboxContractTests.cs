using CivilityBot.Conversations;
using CivilityBot.Reminders;

namespace CivilityBot.Tests.Reminders;

/// <summary>What any outbox must do; run against each implementation.</summary>
public abstract class ReminderOutboxContractTests
{
    private static readonly DateTimeOffset Now = new(2023, 9, 15, 1, 0, 0, TimeSpan.Zero);

    protected abstract IOutbox Outbox { get; }

    /// <summary>Another instance of the store over the same data: the next process after a crash, or a second bot instance.</summary>
    protected abstract IOutbox OtherInstance();

    [Fact]
    public void Enqueue_StoresEveryRecipientPendingBeforeAnythingIsSent()
    {
        var broadcast = Queue("宋伟", "周敬军", "汪珂吉");

        Assert.True(broadcast.Id > 0);
        Assert.Equal(3, broadcast.Total);
        Assert.Equal(new DeliveryCounts(3, 0, 0, 0, 0, 0), Outbox.Count(broadcast.Id));
        Assert.Equal(["宋伟", "周敬军", "汪珂吉"], Outbox.Deliveries(broadcast.Id).Select(d => d.PersonName));
        Assert.Single(Outbox.ActiveBroadcasts());
    }

    [Fact]
    public void TryBeginSend_HandsEachDeliveryOutOnlyOnce()
    {
        var broadcast = Queue("宋伟");
        var id = Outbox.PendingDeliveryIds(broadcast.Id).Single();

        var first = Outbox.TryBeginSend(id, Now);
        var second = Outbox.TryBeginSend(id, Now);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Empty(Outbox.PendingDeliveryIds(broadcast.Id));
        Assert.Equal(1, Outbox.Count(broadcast.Id).Sending);
    }

    [Fact]
    public void Complete_StoresTheFinalStateWithActivityIdOrReason()
    {
        var broadcast = Queue("宋伟", "汪珂吉");
        var ids = Outbox.PendingDeliveryIds(broadcast.Id);
        Outbox.TryBeginSend(ids[0], Now);
        Outbox.TryBeginSend(ids[1], Now);

        Outbox.Complete(ids[0], new DeliveryResult(DeliveryState.Sent, "act-1", null, null, "a:1"), Now);
        Outbox.Complete(ids[1], new DeliveryResult(DeliveryState.Unreachable, null, "NotLinked", "未关联 Teams 账号"), Now);

        var deliveries = Outbox.Deliveries(broadcast.Id);
        Assert.Equal(("act-1", "a:1"), (deliveries[0].ActivityId, deliveries[0].ConversationId));
        Assert.Equal(("NotLinked", "未关联 Teams 账号"), (deliveries[1].ErrorCode, deliveries[1].Reason));
        Assert.Equal("汪珂吉", Assert.Single(Outbox.Problems(broadcast.Id, 10)).PersonName);
        Assert.True(Outbox.FinishIfDone(broadcast.Id, Now));
        Assert.Equal(BatchState.Completed, Outbox.FindBroadcast(broadcast.Id)!.State);
        Assert.Empty(Outbox.ActiveBroadcasts());
    }

    [Fact]
    public void Cancel_StopsWhatWasNotHandedOutButLetsInFlightSendsFinish()
    {
        var broadcast = Queue("宋伟", "周敬军", "汪珂吉");
        var inFlight = Outbox.TryBeginSend(Outbox.PendingDeliveryIds(broadcast.Id)[0], Now)!;

        Assert.True(Outbox.Cancel(broadcast.Id, "刘斌", Now));
        Assert.False(Outbox.FinishIfDone(broadcast.Id, Now));
        Outbox.Complete(inFlight.Id, new DeliveryResult(DeliveryState.Sent, "act-1", null, null), Now);

        Assert.Equal(new DeliveryCounts(0, 0, 1, 0, 0, 2), Outbox.Count(broadcast.Id));
        Assert.Empty(Outbox.PendingDeliveryIds(broadcast.Id));
        Assert.Null(Outbox.TryBeginSend(Outbox.Deliveries(broadcast.Id)[1].Id, Now));
        Assert.True(Outbox.FinishIfDone(broadcast.Id, Now));
        Assert.Equal(BatchState.Cancelled, Outbox.FindBroadcast(broadcast.Id)!.State);
        Assert.False(Outbox.Cancel(broadcast.Id, "刘斌", Now));
    }

    [Fact]
    public void FailInterrupted_FailsSendsLeftInFlightAndNeverHandsThemOutAgain()
    {
        var broadcast = Queue("宋伟", "周敬军");
        var inFlight = Outbox.TryBeginSend(Outbox.PendingDeliveryIds(broadcast.Id)[0], Now)!;

        var failed = OtherInstance().FailInterrupted(Now.AddHours(1));

        Assert.Equal(1, failed);
        var delivery = Outbox.Deliveries(broadcast.Id).Single(d => d.Id == inFlight.Id);
        Assert.Equal((DeliveryState.Failed, OutboxCodes.Interrupted), (delivery.State, delivery.ErrorCode));
        Assert.Equal("周敬军", Outbox.Deliveries(broadcast.Id).Single(d => d.Id == Outbox.PendingDeliveryIds(broadcast.Id).Single()).PersonName);
    }

    [Fact]
    public void FailInterrupted_NeverTouchesTheInstancesOwnSends()
    {
        var broadcast = Queue("宋伟");
        Outbox.TryBeginSend(Outbox.PendingDeliveryIds(broadcast.Id)[0], Now);

        Assert.Equal(0, Outbox.FailInterrupted(Now.AddHours(1)));
        Assert.Equal(1, Outbox.Count(broadcast.Id).Sending);
    }

    [Fact]
    public void ClaimPending_HandsEachDeliveryToOneClaimInRecipientOrder()
    {
        var broadcast = Queue("宋伟", "周敬军", "汪珂吉");

        var first = Outbox.ClaimPending(broadcast.Id, 2, Now);
        var second = Outbox.ClaimPending(broadcast.Id, 2, Now);

        Assert.Equal(Outbox.Deliveries(broadcast.Id).Select(d => d.Id), first.Concat(second));
        Assert.Empty(Outbox.ClaimPending(broadcast.Id, 2, Now));
        Assert.Equal(3, Outbox.Count(broadcast.Id).Pending);
    }

    [Fact]
    public void ClaimPending_TakesOverAnUnsentClaimWhoseInstanceIsGone()
    {
        var broadcast = Queue("宋伟");
        var claimed = Assert.Single(Outbox.ClaimPending(broadcast.Id, 5, Now));

        var next = OtherInstance();
        var later = Now.AddHours(1);

        Assert.Equal(claimed, Assert.Single(next.ClaimPending(broadcast.Id, 5, later)));
        Assert.NotNull(next.TryBeginSend(claimed, later));
    }

    [Fact]
    public void HasScheduled_RemembersWhichOccurrenceABroadcastWasFor()
    {
        var occurrence = new DateTimeOffset(2023, 10, 30, 1, 0, 0, TimeSpan.Zero);
        Outbox.Enqueue(new OutboxBatch { CreatedBy = "刘斌", CreatedAt = Now, ScheduleId = 7, ScheduledFor = occurrence }, [Delivery("宋伟")]);

        Assert.True(Outbox.HasScheduled(7, occurrence));
        Assert.False(Outbox.HasScheduled(7, occurrence.AddDays(7)));
        Assert.False(Outbox.HasScheduled(8, occurrence));
    }

    [Fact]
    public void RecentBroadcasts_NewestFirst()
    {
        var first = Queue("宋伟");
        var second = Queue("周敬军");

        Assert.Equal([second.Id, first.Id], Outbox.RecentBroadcasts(10).Select(b => b.Id));
    }

    private OutboxBatch Queue(params string[] people) =>
        Outbox.Enqueue(new OutboxBatch { CreatedBy = "刘斌", CreatedAt = Now, AudienceText = "指定人员" }, people.Select(Delivery).ToList());

    private static OutboxDelivery Delivery(string person) =>
        new() { Id = string.Empty, PersonName = person, Summary = "第16项等2项未完成", CardJson = """{"type":"AdaptiveCard"}""" };
}
