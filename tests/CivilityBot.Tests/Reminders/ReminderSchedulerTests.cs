using CivilityBot.Reminders;

namespace CivilityBot.Tests.Reminders;

/// <summary>Schedules fire at the right Beijing time, once per occurrence, and catch up at most once after downtime.</summary>
public sealed class ReminderSchedulerTests : IDisposable
{
    // Monday 2023-10-23 08:30 in Shanghai.
    private static readonly DateTimeOffset MondayMorning = new(2023, 10, 23, 0, 30, 0, TimeSpan.Zero);
    private readonly ReminderServices _services = new(MondayMorning);

    public ReminderSchedulerTests()
    {
        _services.People.Link("刘斌");
        _services.Progress.Items["宋伟"] = FakeChecklistProgress.Typical();
    }

    public void Dispose() => _services.Dispose();

    private ReminderScheduler Scheduler => _services.Get<ReminderScheduler>();

    private IOutbox Outbox => _services.Get<IOutbox>();

    [Fact]
    public void Weekly_Monday_9am_is_stored_in_UTC_as_1am_and_fires_then_not_a_second_earlier()
    {
        var schedule = Create("每周一 9:00");

        _services.Time.SetUtcNow(At(10, 23, 0, 59, 59));
        var early = Scheduler.RunDue();
        _services.Time.SetUtcNow(At(10, 23, 1, 0, 0));
        var onTime = Scheduler.RunDue();

        Assert.Equal(At(10, 23, 1, 0, 0), schedule.NextOccurrenceAt);
        Assert.Equal((0, 1), (early, onTime));
        var broadcast = Assert.Single(Outbox.RecentBroadcasts(10));
        Assert.Equal(("宋伟", schedule.Id), (Outbox.Deliveries(broadcast.Id).Single().PersonName, broadcast.ScheduleId));
        Assert.Equal(At(10, 30, 1, 0, 0), Stored(schedule).NextOccurrenceAt);
    }

    [Fact]
    public void NextCheckIn_SleepsUntilTheNextOccurrenceButNoLongerThanTheCheckInterval()
    {
        var idle = Scheduler.NextCheckIn();
        Create("每周一 9:00");
        var halfHourBefore = Scheduler.NextCheckIn();
        _services.Time.SetUtcNow(At(10, 23, 0, 59, 30));
        var halfMinuteBefore = Scheduler.NextCheckIn();

        Assert.Equal((TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(30)), (idle, halfHourBefore, halfMinuteBefore));
    }

    [Fact]
    public void An_occurrence_missed_while_down_fires_once_at_start_up_when_within_the_grace_period()
    {
        Create("每周一 9:00");

        _services.Time.SetUtcNow(At(10, 23, 2, 30, 0));
        var atStartUp = Scheduler.RunDue();
        var again = Scheduler.RunDue();

        Assert.Equal((1, 0), (atStartUp, again));
    }

    [Fact]
    public void An_occurrence_missed_by_more_than_the_grace_period_is_skipped()
    {
        var schedule = Create("每周一 9:00");

        _services.Time.SetUtcNow(At(10, 23, 5, 0, 0));

        Assert.Equal(0, Scheduler.RunDue());
        Assert.Empty(Outbox.RecentBroadcasts(10));
        Assert.Equal(At(10, 30, 1, 0, 0), Stored(schedule).NextOccurrenceAt);
    }

    [Fact]
    public void Several_missed_daily_occurrences_fire_only_once_for_the_latest()
    {
        Create("每天 9:00");

        _services.Time.SetUtcNow(At(10, 26, 1, 30, 0));
        var fired = Scheduler.RunDue();

        Assert.Equal(1, fired);
        Assert.Equal(At(10, 26, 1, 0, 0), Assert.Single(Outbox.RecentBroadcasts(10)).ScheduledFor);
    }

    [Fact]
    public void Daily_in_the_week_before_inspection_fires_seven_times_at_9am_and_then_ends()
    {
        var schedule = Create("验收前 7 天每天 9:00");

        var fired = 0;
        for (var day = 0; day < 12; day++)
        {
            _services.Time.SetUtcNow(At(10, 23, 1, 0, 0).AddDays(day));
            fired += Scheduler.RunDue();
        }

        Assert.Equal(7, fired);
        Assert.Equal(
            Enumerable.Range(25, 7).Select(day => At(10, day, 1, 0, 0)),
            Outbox.RecentBroadcasts(20).Select(b => b.ScheduledFor!.Value).Order());
        Assert.Null(Stored(schedule).NextOccurrenceAt);
    }

    [Fact]
    public void A_paused_schedule_does_not_fire_and_resuming_skips_what_passed_meanwhile()
    {
        var schedule = Create("每周一 9:00");
        var book = _services.Get<ReminderScheduleBook>();

        book.Pause(schedule.Id);
        _services.Time.SetUtcNow(At(10, 23, 1, 30, 0));
        var whilePaused = Scheduler.RunDue();
        book.Resume(schedule.Id);
        var afterResume = Scheduler.RunDue();

        Assert.Equal((0, 0), (whilePaused, afterResume));
        Assert.Equal(At(10, 30, 1, 0, 0), Stored(schedule).NextOccurrenceAt);
    }

    [Fact]
    public void An_occurrence_already_queued_before_a_crash_is_not_queued_again()
    {
        var schedule = Create("每周一 9:00");
        _services.Time.SetUtcNow(At(10, 23, 1, 0, 5));
        _services.Get<ReminderPlanner>().Queue("刘斌", schedule.Audience, null, schedule.Id, At(10, 23, 1, 0, 0), null);

        Assert.Equal(0, Scheduler.RunDue());
        Assert.Single(Outbox.RecentBroadcasts(10));
    }

    private ReminderSchedule Create(string text)
    {
        var form = _services.Get<ReminderComposeForm>();
        var planner = _services.Get<ReminderPlanner>();
        var spec = form.ParseSchedule(text, out var problem) ?? throw new InvalidOperationException(problem);
        var draft = planner.Draft("刘斌", ReminderAudience.Outstanding(), null, spec);
        return planner.Confirm(draft.Id, null).Schedule!;
    }

    private ReminderSchedule Stored(ReminderSchedule schedule) => _services.Get<IReminderScheduleStore>().Find(schedule.Id)!;

    private static DateTimeOffset At(int month, int day, int hour, int minute, int second) =>
        new(2023, month, day, hour, minute, second, TimeSpan.Zero);
}
