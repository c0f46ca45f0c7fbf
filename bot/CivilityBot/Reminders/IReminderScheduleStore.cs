namespace CivilityBot.Reminders;

public interface IReminderScheduleStore
{
    /// <summary>Stores a new schedule and returns it with its id.</summary>
    ReminderSchedule Add(ReminderSchedule schedule);

    ReminderSchedule? Find(int scheduleId);

    IReadOnlyList<ReminderSchedule> All();

    /// <summary>Not paused, with an occurrence at or before <paramref name="now"/>.</summary>
    IReadOnlyList<ReminderSchedule> Due(DateTimeOffset now);

    /// <summary>The earliest next occurrence of any schedule that is not paused.</summary>
    DateTimeOffset? EarliestNext();

    void Update(ReminderSchedule schedule);

    bool Delete(int scheduleId);

    /// <summary>
    /// Claims one occurrence of a schedule for firing: true for exactly one caller per (schedule, occurrence), however
    /// many instances ask, false for every later one. The claim is kept, so a restart cannot fire the occurrence again.
    /// </summary>
    bool TryClaimOccurrence(int scheduleId, DateTimeOffset occurrenceAt, DateTimeOffset claimedAt);
}
