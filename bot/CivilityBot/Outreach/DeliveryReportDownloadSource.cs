using System.Globalization;
using CivilityBot.Downloads;

namespace CivilityBot.Outreach;

/// <summary>A broadcast's delivery report behind a download link; the link's subject is the broadcast id.</summary>
public sealed class DeliveryReportDownloadSource(IOutbox outbox, DeliveryReportExporter exporter) : IDownloadSource
{
    public const string ReportKind = "reminder-report";

    public string Kind => ReportKind;

    public DownloadFile? Open(DownloadLink link, DownloadFormat format)
    {
        if (!int.TryParse(link.SubjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var broadcastId)
            || outbox.FindBroadcast(broadcastId) is not { } broadcast)
        {
            return null;
        }

        var content = format == DownloadFormat.Xlsx ? exporter.Xlsx(broadcast) : exporter.Csv(broadcast);
        return new DownloadFile($"提醒{broadcastId}送达报告", content);
    }
}
