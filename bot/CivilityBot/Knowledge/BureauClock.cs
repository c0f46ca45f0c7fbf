using System.Globalization;
using Microsoft.Extensions.Options;

namespace CivilityBot.Knowledge;

/// <summary>
/// The bureau's one clock: "today", every time shown on a card or in a file, schedules, and the zone's label all derive
/// from <see cref="BureauOptions.TimeZone"/> (Asia/Shanghai by default) and the service's <see cref="TimeProvider"/>.
/// </summary>
public sealed class BureauClock(IOptions<BureauOptions> options, TimeProvider time)
{
    public TimeZoneInfo Zone { get; } = Resolve(options.Value.TimeZone);

    public DateTimeOffset UtcNow => time.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(ToLocal(UtcNow).DateTime);

    /// <summary>How the zone is named beside a time: 北京时间 for China's zone, else its current offset ("UTC+09:00").</summary>
    public string ZoneLabel => IsChina(Zone.Id) ? "北京时间" : $"UTC{Zone.GetUtcOffset(UtcNow):\\+hh\\:mm}";

    public DateTimeOffset ToLocal(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>"2026-11-30 09:00" in the bureau's zone.</summary>
    public string Format(DateTimeOffset at) => ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"2026-11-30 09:00:05" in the bureau's zone, for ledgers and reports.</summary>
    public string FormatWithSeconds(DateTimeOffset at) => ToLocal(at).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Local midnight at the start of <paramref name="day"/>, as a UTC instant.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static string FormatDate(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>
    /// The zone by IANA or Windows id; a machine without time-zone data still gets China Standard Time right, because
    /// China has kept UTC+8 without daylight saving since 1991.
    /// </summary>
    /// <exception cref="TimeZoneNotFoundException">The id names no zone this machine knows.</exception>
    public static TimeZoneInfo Resolve(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException) when (IsChina(id))
        {
            return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }

    private static bool IsChina(string id) => id is "Asia/Shanghai" or "China Standard Time" or "Asia/Chongqing" or "Asia/Harbin" or "PRC";
}
