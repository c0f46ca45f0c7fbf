using CivilityBot.Cards.Model;
using CivilityBot.Cards.Reminders;
using CivilityBot.Knowledge;

namespace CivilityBot.Reminders;

/// <summary>List, pause, resume and delete recurring reminders, answering with the refreshed list card.</summary>
public sealed class ReminderScheduleBook(IReminderScheduleStore schedules, ReminderAudienceResolver audiences, BureauClock clock)
{
    public AdaptiveCard Card(string? notice = null) =>
        ReminderListCards.Schedules(schedules.All().Select(Entry).ToList(), notice);

    public string Pause(int scheduleId) => Change(scheduleId, schedule => schedule.Paused = true, "已暂停");

    /// <summary>Resuming counts from now: occurrences that passed while paused do not fire.</summary>
    public string Resume(int scheduleId) => Change(scheduleId, schedule =>
    {
        schedule.Paused = false;
        schedule.NextOccurrenceAt = ScheduleOccurrences.Next(schedule.Spec, clock.UtcNow, BureauClock.Resolve(schedule.TimeZone));
    }, "已恢复");

    public string Delete(int scheduleId) =>
        schedules.Delete(scheduleId) ? $"定时提醒 #{scheduleId} 已删除。" : ReminderTexts.NoSuchSchedule;

    private string Change(int scheduleId, Action<ReminderSchedule> change, string done)
    {
        if (schedules.Find(scheduleId) is not { } schedule)
        {
            return ReminderTexts.NoSuchSchedule;
        }

        change(schedule);
        schedules.Update(schedule);
        return $"定时提醒 #{scheduleId} {done}。";
    }

    private ReminderScheduleEntry Entry(ReminderSchedule schedule) => new(
        schedule.Id,
        schedule.Description,
        audiences.Describe(schedule.Audience),
        schedule.Note,
        schedule.CreatedBy,
        schedule.Paused ? "已暂停" : schedule.NextOccurrenceAt is { } next ? clock.Format(next) : "已结束",
        schedule.Paused);
}
