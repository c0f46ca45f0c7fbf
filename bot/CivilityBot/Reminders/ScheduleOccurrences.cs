using Cronos;

namespace CivilityBot.Reminders;

/// <summary>Next occurrences of a <see cref="ScheduleSpec"/> (Cronos, in the bureau's zone, honouring the window).</summary>
public static class ScheduleOccurrences
{
    public static bool IsValidCron(string cron) => CronExpression.TryParse(cron, CronFormat.Standard, out _);

    /// <summary>The first occurrence strictly after <paramref name="after"/>, or null when the window is over.</summary>
    public static DateTimeOffset? Next(ScheduleSpec spec, DateTimeOffset after, TimeZoneInfo zone)
    {
        var expression = CronExpression.Parse(spec.Cron, CronFormat.Standard);
        var from = spec.ActiveFrom is { } start && start > after ? start.AddTicks(-1) : after;
        var next = expression.GetNextOccurrence(from, zone);
        return next is { } at && (spec.ActiveUntil is not { } end || at < end) ? at.ToUniversalTime() : null;
    }
}
