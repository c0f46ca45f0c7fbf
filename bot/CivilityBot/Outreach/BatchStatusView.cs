using System.Globalization;
using CivilityBot.Cards.Model;
using CivilityBot.Cards.Reminders;
using CivilityBot.Downloads;
using CivilityBot.Knowledge;
using CivilityBot.Protocol.Schema;
using CivilityBot.Turns;
using Microsoft.Extensions.Options;

namespace CivilityBot.Outreach;

/// <summary>Reads a broadcast's progress from the outbox into its status card and its 提醒记录 entry.</summary>
public sealed class BatchStatusView(
    IOutbox outbox,
    DownloadLinks links,
    BureauClock clock,
    IOptions<OutboxOptions> options)
{
    public BroadcastStatusModel Model(OutboxBatch broadcast)
    {
        var counts = outbox.Count(broadcast.Id);
        var problems = outbox.Problems(broadcast.Id, options.Value.FailuresShown)
            .Select(d => new UnreachableRecipient(d.PersonName, d.Reason ?? ProactiveReasons.Unknown))
            .ToList();
        return new BroadcastStatusModel(
            OutboxKinds.Title(broadcast.Kind),
            broadcast.Id, StateText(broadcast, counts), broadcast.IsActive, broadcast.AudienceText, broadcast.CreatedBy,
            clock.Format(broadcast.CreatedAt), broadcast.Note, counts.Total, counts.Pending, counts.Sending, counts.Sent,
            counts.Unreachable, counts.Failed, counts.Cancelled, problems, ReportLinks(broadcast, broadcast.CreatedBy));
    }

    public AdaptiveCard Card(OutboxBatch broadcast) => BroadcastStatusCards.Build(Model(broadcast));

    public Activity Message(OutboxBatch broadcast)
    {
        var model = Model(broadcast);
        return CardMessage.Create(BroadcastStatusCards.Summary(model), BroadcastStatusCards.Build(model));
    }

    /// <summary>The broadcast's line in 提醒记录, with report links made for <paramref name="requestedBy"/>.</summary>
    public ReminderHistoryEntry Entry(OutboxBatch broadcast, string requestedBy)
    {
        var counts = outbox.Count(broadcast.Id);
        return new ReminderHistoryEntry(
            broadcast.Id, clock.Format(broadcast.CreatedAt), broadcast.CreatedBy, broadcast.AudienceText,
            StateText(broadcast, counts), broadcast.IsActive, counts.Sent, counts.Unreachable + counts.Failed, counts.Total,
            ReportLinks(broadcast, requestedBy));
    }

    /// <summary>Download links to the delivery report once the broadcast is over; shared, as status cards are rebuilt often.</summary>
    private ReportLinksModel? ReportLinks(OutboxBatch broadcast, string requestedBy)
    {
        if (broadcast.IsActive)
        {
            return null;
        }

        var subject = broadcast.Id.ToString(CultureInfo.InvariantCulture);
        var download = links.Share(DeliveryReportDownloadSource.ReportKind, subject, requestedBy);
        return new ReportLinksModel(download.XlsxUrl, download.CsvUrl, clock.Format(download.ExpiresAt));
    }

    private static string StateText(OutboxBatch broadcast, DeliveryCounts counts) => broadcast.State switch
    {
        BatchState.Queued => "排队中",
        BatchState.Running => "发送中",
        BatchState.Cancelled when !counts.IsDone => "正在取消",
        BatchState.Cancelled => "已取消",
        _ => "已完成",
    };
}
