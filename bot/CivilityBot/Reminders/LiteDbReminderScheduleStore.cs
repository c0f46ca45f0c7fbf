using CivilityBot.Storage;
using LiteDB;

namespace CivilityBot.Reminders;

public sealed class LiteDbReminderScheduleStore : IReminderScheduleStore
{
    private readonly ILiteCollection<ReminderSchedule> _schedules;
    private readonly ILiteCollection<BsonDocument> _occurrences;

    public LiteDbReminderScheduleStore(BotDatabase database)
    {
        _schedules = database.Collection<ReminderSchedule>("reminder_schedules");
        _occurrences = database.Collection<BsonDocument>("reminder_occurrences");
        _schedules.EnsureIndex(s => s.NextOccurrenceAt);
    }

    public ReminderSchedule Add(ReminderSchedule schedule)
    {
        _schedules.Insert(schedule);
        return schedule;
    }

    public ReminderSchedule? Find(int scheduleId) => _schedules.FindById(scheduleId);

    public IReadOnlyList<ReminderSchedule> All() => _schedules.Query().OrderBy(s => s.Id).ToList();

    public IReadOnlyList<ReminderSchedule> Due(DateTimeOffset now) =>
        _schedules.Find(s => !s.Paused && s.NextOccurrenceAt != null && s.NextOccurrenceAt <= now).OrderBy(s => s.NextOccurrenceAt).ToList();

    public DateTimeOffset? EarliestNext() =>
        _schedules.Find(s => !s.Paused && s.NextOccurrenceAt != null).Min(s => s.NextOccurrenceAt);

    public void Update(ReminderSchedule schedule) => _schedules.Update(schedule);

    public bool Delete(int scheduleId) => _schedules.Delete(scheduleId);

    public bool TryClaimOccurrence(int scheduleId, DateTimeOffset occurrenceAt, DateTimeOffset claimedAt)
    {
        try
        {
            // The unique _id decides: a second insert of the same occurrence fails, whichever store object tries it.
            _occurrences.Insert(new BsonDocument { ["_id"] = $"{scheduleId}|{occurrenceAt.UtcTicks}", ["claimedAt"] = claimedAt.UtcDateTime });
            return true;
        }
        catch (LiteException ex) when (ex.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }
    }
}
