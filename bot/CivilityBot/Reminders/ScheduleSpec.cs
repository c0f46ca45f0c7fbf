namespace CivilityBot.Reminders;

/// <summary>A recurring time: a cron expression in the bureau's zone, optionally only within a window (UTC instants).</summary>
public sealed record ScheduleSpec
{
    /// <summary>Five-field cron (minute hour day month weekday), e.g. "0 9 * * 1".</summary>
    public required string Cron { get; init; }

    /// <summary>How the coordinator reads it, e.g. 每周一 9:00.</summary>
    public required string Description { get; init; }

    public DateTimeOffset? ActiveFrom { get; init; }

    /// <summary>Exclusive end of the window.</summary>
    public DateTimeOffset? ActiveUntil { get; init; }

    public static ScheduleSpec Of(string cron, string description, DateTimeOffset? activeFrom = null, DateTimeOffset? activeUntil = null) =>
        new() { Cron = cron, Description = description, ActiveFrom = activeFrom, ActiveUntil = activeUntil };
}
