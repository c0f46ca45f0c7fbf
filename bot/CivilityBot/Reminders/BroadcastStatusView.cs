using System.Globalization;
using CivilityBot.Cards.Model;
using CivilityBot.Cards.Reminders;
using CivilityBot.Conversations;
using CivilityBot.Downloads;
using CivilityBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace CivilityBot.Reminders;

/// <summary>Reads a broadcast's progress from the outbox into its status card and its 提醒记录 entry.</summary>
public sealed class BroadcastStatusView(
    IReminderOutbox outbox,
    DownloadLinks links,
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
            counts.Unreachable, counts.Failed, counts.Cancelled, problems, ReportLinks(broadcast, broadcast.CreatedBy));
    }

    public AdaptiveCard Card(ReminderBroadcast broadcast) => BroadcastStatusCards.Build(Model(broadcast));

    public Activity Message(ReminderBroadcast broadcast)
    {
        var model = Model(broadcast);
        return CardMessage.Create(BroadcastStatusCards.Summary(model), BroadcastStatusCards.Build(model));
    }

    /// <summary>The broadcast's line in 提醒记录, with report links made for <paramref name="requestedBy"/>.</summary>
    public ReminderHistoryEntry Entry(ReminderBroadcast broadcast, string requestedBy)
    {
        var counts = outbox.Count(broadcast.Id);
        return new ReminderHistoryEntry(
            broadcast.Id, clock.Format(broadcast.CreatedAt), broadcast.CreatedBy, broadcast.AudienceText,
            StateText(broadcast, counts), broadcast.IsActive, counts.Sent, counts.Unreachable + counts.Failed, counts.Total,
            ReportLinks(broadcast, requestedBy));
    }

    /// <summary>Download links to the delivery report once the broadcast is over; shared, as status cards are rebuilt often.</summary>
    private ReportLinksModel? ReportLinks(ReminderBroadcast broadcast, string requestedBy)
    {
        if (broadcast.IsActive)
        {
            return null;
        }

        var subject = broadcast.Id.ToString(CultureInfo.InvariantCulture);
        var download = links.Share(ReminderReportDownloadSource.ReportKind, subject, requestedBy);
        return new ReportLinksModel(download.XlsxUrl, download.CsvUrl, clock.Format(download.ExpiresAt));
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
