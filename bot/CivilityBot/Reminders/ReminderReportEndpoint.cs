namespace CivilityBot.Reminders;

/// <summary>GET /reminders/reports/{token}.xlsx|.csv: a delivery report behind an unguessable, expiring token.</summary>
public static class ReminderReportEndpoint
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string CsvType = "text/csv; charset=utf-8";

    public static IResult Download(string file, LiteDbReminderReportLinks links, IReminderOutbox outbox, ReminderReportExporter exporter)
    {
        var extension = Path.GetExtension(file);
        var token = Path.GetFileNameWithoutExtension(file);
        if (links.Resolve(token) is not { } broadcastId || outbox.FindBroadcast(broadcastId) is not { } broadcast)
        {
            return Results.Text("链接无效或已过期。请在 Teams 里发送“提醒记录”获取新的下载链接。", "text/plain; charset=utf-8", statusCode: 404);
        }

        var name = $"提醒{broadcastId}送达报告";
        return extension switch
        {
            ".xlsx" => Results.File(exporter.Xlsx(broadcast), XlsxType, name + ".xlsx"),
            ".csv" => Results.File(exporter.Csv(broadcast), CsvType, name + ".csv"),
            _ => Results.NotFound(),
        };
    }
}
