using System.Globalization;
using System.Text.RegularExpressions;

namespace CivilityBot.Reminders;

/// <summary>
/// Reads the schedules coordinators write: 每周一 9:00, 每天 17:30, 工作日 8:30, 验收前 7 天每天 9:00, or a raw
/// "cron 0 9 * * 1". Times are local (Asia/Shanghai); a missing time means 9:00.
/// </summary>
public static partial class ScheduleTextParser
{
    public const string Unrecognised = "看不懂这个时间。可以写：每周一 9:00、每天 17:30、工作日 8:30、验收前 7 天每天 9:00。";

    private static readonly string[] DayNames = ["日", "一", "二", "三", "四", "五", "六"];

    /// <param name="inspectionStartsAt">Local midnight of the first inspection day, for 验收前 N 天.</param>
    public static bool TryParse(string text, DateTimeOffset? inspectionStartsAt, TimeZoneInfo zone, out ScheduleSpec? spec, out string? problem)
    {
        spec = null;
        problem = null;
        var value = text.Trim();
        if (CronPattern().Match(value) is { Success: true } cron)
        {
            return TryCron(cron.Groups["cron"].Value.Trim(), out spec, out problem);
        }

        if (!TryTime(value, out var hour, out var minute, out problem))
        {
            return false;
        }

        spec = Recurring(value, hour, minute, inspectionStartsAt, zone, ref problem);
        problem ??= spec is null ? Unrecognised : null;
        return spec is not null;
    }

    private static ScheduleSpec? Recurring(string value, int hour, int minute, DateTimeOffset? inspectionStartsAt, TimeZoneInfo zone, ref string? problem)
    {
        var time = $"{hour}:{minute:00}";
        if (BeforeInspectionPattern().Match(value) is { Success: true } before)
        {
            return BeforeInspection(int.Parse(before.Groups["days"].Value, CultureInfo.InvariantCulture), hour, minute, inspectionStartsAt, zone, ref problem);
        }

        if (WeeklyPattern().Match(value) is { Success: true } weekly)
        {
            var day = Array.IndexOf(DayNames, weekly.Groups["day"].Value == "天" ? "日" : weekly.Groups["day"].Value);
            return ScheduleSpec.Of($"{minute} {hour} * * {day}", $"每周{DayNames[day]} {time}");
        }

        if (value.Contains("工作日", StringComparison.Ordinal))
        {
            return ScheduleSpec.Of($"{minute} {hour} * * 1-5", $"每个工作日 {time}");
        }

        return value.Contains("每天", StringComparison.Ordinal) || value.Contains("每日", StringComparison.Ordinal)
            ? ScheduleSpec.Of($"{minute} {hour} * * *", $"每天 {time}")
            : null;
    }

    private static ScheduleSpec? BeforeInspection(int days, int hour, int minute, DateTimeOffset? inspectionStartsAt, TimeZoneInfo zone, ref string? problem)
    {
        if (inspectionStartsAt is not { } start)
        {
            problem = "工作方案里找不到验收日期，无法按“验收前”安排。";
            return null;
        }

        if (days is < 1 or > 60)
        {
            problem = "“验收前”的天数请写 1 到 60 之间。";
            return null;
        }

        var from = start.AddDays(-days);
        var localFrom = TimeZoneInfo.ConvertTime(from, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var localTo = TimeZoneInfo.ConvertTime(start.AddDays(-1), zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return ScheduleSpec.Of($"{minute} {hour} * * *", $"验收前 {days} 天每天 {hour}:{minute:00}（{localFrom} 至 {localTo}）", from, start);
    }

    private static bool TryTime(string value, out int hour, out int minute, out string? problem)
    {
        problem = null;
        (hour, minute) = (9, 0);
        var match = TimePattern().Match(value);
        if (!match.Success)
        {
            return true;
        }

        hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture)
            : match.Groups["half"].Success ? 30 : 0;
        if (match.Groups["pm"].Success && hour < 12)
        {
            hour += 12;
        }

        if (hour is >= 0 and <= 23 && minute is >= 0 and <= 59)
        {
            return true;
        }

        problem = "时间不对：小时是 0–23，分钟是 0–59。";
        return false;
    }

    private static bool TryCron(string cron, out ScheduleSpec? spec, out string? problem)
    {
        spec = ScheduleOccurrences.IsValidCron(cron) ? ScheduleSpec.Of(cron, $"cron {cron}") : null;
        problem = spec is null ? "cron 表达式不对，应为五段：分 时 日 月 周，例如 0 9 * * 1。" : null;
        return spec is not null;
    }

    [GeneratedRegex(@"^cron[:：\s]+(?<cron>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex CronPattern();

    [GeneratedRegex(@"(?<pm>下午|晚上)?\s*(?<hour>\d{1,2})\s*(?:[:：]\s*(?<minute>\d{1,2})|点\s*(?:(?<minute>\d{1,2})\s*分?|(?<half>半))?)")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"(?:每周|每星期|每个星期|每礼拜)\s*(?<day>[一二三四五六日天])")]
    private static partial Regex WeeklyPattern();

    [GeneratedRegex(@"验收(?:前|之前)\s*(?<days>\d{1,2})\s*天")]
    private static partial Regex BeforeInspectionPattern();
}
