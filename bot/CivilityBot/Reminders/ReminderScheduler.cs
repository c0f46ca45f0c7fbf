using CivilityBot.Knowledge;
using CivilityBot.Outreach;
using Cronos;
using Microsoft.Extensions.Options;

namespace CivilityBot.Reminders;

/// <summary>
/// Fires recurring reminders. When an occurrence (or several) passed while the service was down, only the latest
/// one fires, and only if it is within the grace period; the next occurrence is always computed after "now", so a
/// schedule never fires twice for one wake-up, and a broadcast remembers its occurrence so a crash cannot repeat it.
/// Each occurrence is claimed in the store first (<see cref="IReminderScheduleStore.TryClaimOccurrence"/>), so however
/// many instances run, one fires it.
/// </summary>
public sealed partial class ReminderScheduler(
    IReminderScheduleStore schedules,
    IOutbox outbox,
    ReminderPlanner planner,
    BureauClock clock,
    IOptions<RemindersOptions> options,
    TimeProvider time,
    ILogger<ReminderScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.ScheduleCheckInterval;
            try
            {
                RunDue();
                wait = NextCheckIn();
            }
            catch (Exception exception)
            {
                LogIterationFailed(logger, exception);
            }

            try
            {
                await Task.Delay(wait, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Fires (or skips, when too late) every due schedule and moves each to its next occurrence; returns how many fired.</summary>
    public int RunDue()
    {
        var now = clock.UtcNow;
        var fired = 0;
        foreach (var schedule in schedules.Due(now))
        {
            var occurrence = LatestOccurrence(schedule, now);
            if (now - occurrence > options.Value.ScheduleGracePeriod)
            {
                LogMissed(logger, schedule.Id, occurrence);
                MoveOn(schedule, now);
            }
            else if (schedules.TryClaimOccurrence(schedule.Id, occurrence, now))
            {
                fired += Fire(schedule, occurrence) ? 1 : 0;
                MoveOn(schedule, now);
            }
            else if (schedules.Find(schedule.Id) is { NextOccurrenceAt: { } next } stored && next <= now)
            {
                MoveOn(stored, now); // claimed before a crash (or by an instance still at work): only move it on
            }
        }

        return fired;
    }

    private void MoveOn(ReminderSchedule schedule, DateTimeOffset now)
    {
        schedule.NextOccurrenceAt = ScheduleOccurrences.Next(schedule.Spec, now, ZoneOf(schedule));
        schedules.Update(schedule);
    }

    private bool Fire(ReminderSchedule schedule, DateTimeOffset occurrence)
    {
        if (outbox.HasScheduled(schedule.Id, occurrence))
        {
            return false;
        }

        var broadcast = planner.Queue(schedule.CreatedBy, schedule.Audience, schedule.Note, schedule.Id, occurrence, null);
        schedule.LastFiredAt = clock.UtcNow;
        if (broadcast is null)
        {
            LogNobody(logger, schedule.Id);
            return false;
        }

        LogFired(logger, schedule.Id, broadcast.Id, broadcast.Total);
        return true;
    }

    /// <summary>The last occurrence at or before <paramref name="now"/>, starting from the stored next one.</summary>
    private DateTimeOffset LatestOccurrence(ReminderSchedule schedule, DateTimeOffset now)
    {
        var first = schedule.NextOccurrenceAt!.Value;
        var expression = CronExpression.Parse(schedule.Cron, CronFormat.Standard);
        var later = expression.GetOccurrences(first, now, ZoneOf(schedule), fromInclusive: false, toInclusive: true)
            .Where(at => schedule.ActiveUntil is not { } end || at < end);
        return later.DefaultIfEmpty(first).Last().ToUniversalTime();
    }

    private TimeZoneInfo ZoneOf(ReminderSchedule schedule) =>
        schedule.TimeZone == clock.Zone.Id ? clock.Zone : BureauClock.Resolve(schedule.TimeZone);

    /// <summary>How long the loop sleeps: until the earliest next occurrence, but never longer than the check interval.</summary>
    public TimeSpan NextCheckIn()
    {
        var interval = options.Value.ScheduleCheckInterval;
        if (schedules.EarliestNext() is not { } next)
        {
            return interval;
        }

        var until = next - clock.UtcNow;
        return until <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(1) : until < interval ? until : interval;
    }

    [LoggerMessage(EventId = 5301, Level = LogLevel.Error, Message = "Reminder schedule check failed")]
    private static partial void LogIterationFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Warning, Message = "Reminder schedule {ScheduleId} missed its occurrence at {OccurrenceAt} by more than the grace period; skipped")]
    private static partial void LogMissed(ILogger logger, int scheduleId, DateTimeOffset occurrenceAt);

    [LoggerMessage(EventId = 5303, Level = LogLevel.Information, Message = "Reminder schedule {ScheduleId} had nobody to remind")]
    private static partial void LogNobody(ILogger logger, int scheduleId);

    [LoggerMessage(EventId = 5304, Level = LogLevel.Information, Message = "Reminder schedule {ScheduleId} queued broadcast {BroadcastId} ({Total} recipients)")]
    private static partial void LogFired(ILogger logger, int scheduleId, int broadcastId, int total);
}
