using CivilityBot.Cards.Model;
using CivilityBot.Cards.Reminders;
using CivilityBot.Conversations;
using CivilityBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace CivilityBot.Reminders;

/// <summary>Reads a broadcast's progress from the outbox into its status card and its 提醒记录 entry.</summary>
public sealed class BroadcastStatusView(
    IReminderOutbox outbox,
    LiteDbReminderReportLinks links,
    ReminderClock clock,
    IOptions<RemindersOptions> options)
{
    public BroadcastStatusModel Model(ReminderBroadcast broadcast)
    {
        var counts = outbox.Count(broadcast.Id);
        var problems = outbox.Problems(broadcast.Id, options.Value.FailuresShown)
            .Select(d => new UnreachableRecipient(d.PersonName, d.Reason ?? ProactiveReasons.Unknown))
            .ToList();
        return new BroadcastStatusModel(
            broadcast.Id, StateText(broadcast, counts), broadcast.IsActive, broadcast.AudienceText, broadcast.CreatedBy,
            clock.Format(broadcast.CreatedAt), broadcast.Note, counts.Total, counts.Pending, counts.Sending, counts.Sent,
            counts.Unreachable, counts.Failed, counts.Cancelled, problems,
            broadcast.IsActive ? null : links.LinksFor(broadcast.Id));
    }

    public AdaptiveCard Card(ReminderBroadcast broadcast) => BroadcastStatusCards.Build(Model(broadcast));

    public Activity Message(ReminderBroadcast broadcast)
    {
        var model = Model(broadcast);
        return CardMessage.Create(BroadcastStatusCards.Summary(model), BroadcastStatusCards.Build(model));
    }

    public ReminderHistoryEntry Entry(ReminderBroadcast broadcast)
    {
        var counts = outbox.Count(broadcast.Id);
        return new ReminderHistoryEntry(
            broadcast.Id, clock.Format(broadcast.CreatedAt), broadcast.CreatedBy, broadcast.AudienceText,
            StateText(broadcast, counts), broadcast.IsActive, counts.Sent, counts.Unreachable + counts.Failed, counts.Total,
            broadcast.IsActive ? null : links.LinksFor(broadcast.Id));
    }

    private static string StateText(ReminderBroadcast broadcast, DeliveryCounts counts) => broadcast.State switch
    {
        BroadcastState.Queued => "排队中",
        BroadcastState.Running => "发送中",
        BroadcastState.Cancelled when !counts.IsDone => "正在取消",
        BroadcastState.Cancelled => "已取消",
        _ => "已完成",
    };
}
