using CivilityBot.Reminders;

namespace CivilityBot.Tests.Reminders;

/// <summary>What every <see cref="IReminderScheduleStore"/> must do; each storage technology runs it in a subclass.</summary>
public abstract class ReminderScheduleStoreContractTests
{
    private static readonly DateTimeOffset T0 = new(2023, 10, 23, 1, 0, 0, TimeSpan.Zero);

    protected abstract IReminderScheduleStore Store { get; }

    /// <summary>Another store object over the same data (a second instance, or the next process).</summary>
    protected abstract IReminderScheduleStore OtherInstance();

    [Fact]
    public void Add_AssignsIds_AndFindReturnsEveryField()
    {
        var first = Store.Add(Schedule(T0));
        var second = Store.Add(Schedule(T0.AddDays(1)));

        var found = Store.Find(second.Id)!;
        Assert.True(second.Id > first.Id);
        Assert.Equal((AudienceKind.People, "宋伟", "每周一 9:00", "Asia/Shanghai", T0.AddDays(1)),
            (found.Audience.Kind, found.Audience.Values.Single(), found.Description, found.TimeZone, found.NextOccurrenceAt));
        Assert.Equal([first.Id, second.Id], Store.All().Select(s => s.Id));
        Assert.Null(Store.Find(999));
    }

    [Fact]
    public void Due_and_EarliestNext_SkipPausedAndFinishedSchedules()
    {
        var due = Store.Add(Schedule(T0));
        var paused = Store.Add(Schedule(T0.AddMinutes(-5)));
        paused.Paused = true;
        Store.Update(paused);
        Store.Add(Schedule(null));
        Store.Add(Schedule(T0.AddHours(1)));

        Assert.Equal([due.Id], Store.Due(T0).Select(s => s.Id));
        Assert.Equal(T0, Store.EarliestNext());
        Assert.True(Store.Delete(due.Id));
        Assert.False(Store.Delete(due.Id));
        Assert.Equal(T0.AddHours(1), Store.EarliestNext());
    }

    [Fact]
    public void TryClaimOccurrence_IsTrueOnceAcrossInstances()
    {
        var schedule = Store.Add(Schedule(T0));

        var claims = new[] { Store, OtherInstance(), OtherInstance() }
            .AsParallel().Select(store => store.TryClaimOccurrence(schedule.Id, T0, T0)).ToList();

        Assert.Equal(1, claims.Count(claimed => claimed));
        Assert.False(OtherInstance().TryClaimOccurrence(schedule.Id, T0, T0.AddMinutes(1)));
        Assert.True(Store.TryClaimOccurrence(schedule.Id, T0.AddDays(7), T0));
    }

    private static ReminderSchedule Schedule(DateTimeOffset? next) => new()
    {
        CreatedBy = "刘斌",
        CreatedAt = T0.AddDays(-1),
        Audience = ReminderAudience.Of(AudienceKind.People, ["宋伟"]),
        Cron = "0 9 * * 1",
        Description = "每周一 9:00",
        TimeZone = "Asia/Shanghai",
        NextOccurrenceAt = next,
    };
}
