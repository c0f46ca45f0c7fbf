using System.Globalization;
using Microsoft.Extensions.Options;

namespace CivilityBot.Reminders;

/// <summary>The bureau's local time (Asia/Shanghai by default) for schedules and for dates shown on cards.</summary>
public sealed class ReminderClock(IOptions<RemindersOptions> options, TimeProvider time)
{
    public TimeZoneInfo Zone { get; } = Resolve(options.Value.TimeZone);

    public DateTimeOffset UtcNow => time.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(ToLocal(UtcNow).DateTime);

    public DateTimeOffset ToLocal(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    public string Format(DateTimeOffset at) => ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Local midnight at the start of <paramref name="day"/>, as a UTC instant.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static string FormatDate(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>
    /// The configured zone; a machine without time-zone data still gets China Standard Time right, because China
    /// has kept UTC+8 without daylight saving since 1991.
    /// </summary>
    public static TimeZoneInfo Resolve(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException) when (id == "Asia/Shanghai")
        {
            return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
