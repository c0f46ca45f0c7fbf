using System.Globalization;
using System.Text;
using CivilityBot.Downloads;
using CivilityBot.Knowledge;

namespace CivilityBot.Outreach;

/// <summary>A broadcast's delivery report: one row per recipient with the state, reason and Teams' code.</summary>
public sealed class DeliveryReportExporter(IOutbox outbox, BureauClock clock)
{
    private static readonly string[] Columns = ["序号", "姓名", "状态", "原因", "错误码", "完成时间", "尝试次数", "消息ID"];

    public byte[] Xlsx(OutboxBatch broadcast)
    {
        var sheets = new Dictionary<string, object>
        {
            ["送达明细"] = Rows(broadcast).Select(ToDictionary).ToList(),
            ["概要"] = Overview(broadcast),
        };
        return Workbooks.Xlsx(sheets);
    }

    /// <summary>UTF-8 with a byte order mark, so Excel opens the Chinese text correctly.</summary>
    public byte[] Csv(OutboxBatch broadcast)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Columns).Append("\r\n");
        foreach (var row in Rows(broadcast))
        {
            text.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string StateText(DeliveryState state) => state switch
    {
        DeliveryState.Sent => "已送达",
        DeliveryState.Unreachable => "无法送达",
        DeliveryState.Failed => "发送失败",
        DeliveryState.Cancelled => "已取消",
        _ => "待发送",
    };

    private IEnumerable<string[]> Rows(OutboxBatch broadcast) =>
        outbox.Deliveries(broadcast.Id).Select(d => new[]
        {
            (d.Index + 1).ToString(CultureInfo.InvariantCulture),
            d.PersonName,
            d.State == DeliveryState.Pending && d.SendingAt is not null ? "发送中" : StateText(d.State),
            d.Reason ?? string.Empty,
            d.ErrorCode ?? string.Empty,
            d.FinishedAt is { } at ? clock.Format(at) : string.Empty,
            d.Attempts.ToString(CultureInfo.InvariantCulture),
            d.ActivityId ?? string.Empty,
        });

    private static Dictionary<string, object> ToDictionary(string[] row) =>
        Columns.Select((column, index) => (column, value: (object)row[index])).ToDictionary(p => p.column, p => p.value);

    private List<Dictionary<string, object>> Overview(OutboxBatch broadcast)
    {
        var counts = outbox.Count(broadcast.Id);
        (string Name, string Value)[] facts =
        [
            ("提醒编号", broadcast.Id.ToString(CultureInfo.InvariantCulture)),
            ("发起人", broadcast.CreatedBy),
            ("发起时间", clock.Format(broadcast.CreatedAt)),
            ("发给", broadcast.AudienceText),
            ("附言", broadcast.Note ?? string.Empty),
            ("合计", counts.Total.ToString(CultureInfo.InvariantCulture)),
            ("已送达", counts.Sent.ToString(CultureInfo.InvariantCulture)),
            ("无法送达", counts.Unreachable.ToString(CultureInfo.InvariantCulture)),
            ("发送失败", counts.Failed.ToString(CultureInfo.InvariantCulture)),
            ("已取消", counts.Cancelled.ToString(CultureInfo.InvariantCulture)),
            ("待发送", (counts.Pending + counts.Sending).ToString(CultureInfo.InvariantCulture)),
        ];
        return facts.Select(f => new Dictionary<string, object> { ["项目"] = f.Name, ["内容"] = f.Value }).ToList();
    }

    /// <summary>RFC 4180 quoting, and a leading apostrophe for cells Excel would run as formulas.</summary>
    private static string Quote(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
