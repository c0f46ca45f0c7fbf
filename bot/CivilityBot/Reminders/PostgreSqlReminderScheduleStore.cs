using CivilityBot.Storage.PostgreSql;
using Dapper;
using static CivilityBot.Storage.PostgreSql.PostgreSqlRows;

namespace CivilityBot.Reminders;

/// <summary>
/// Reminder schedules on PostgreSQL (table <c>reminder_schedules</c>, the schedule as jsonb beside the columns <c>Due</c>
/// filters on). An occurrence is claimed by inserting (schedule, occurrence) into <c>reminder_occurrences</c> with
/// <c>ON CONFLICT DO NOTHING</c>: the primary key lets exactly one instance fire it.
/// </summary>
public sealed class PostgreSqlReminderScheduleStore(PostgreSqlDatabase database) : IReminderScheduleStore
{
    public ReminderSchedule Add(ReminderSchedule schedule) => database.InTransaction((connection, transaction) =>
    {
        schedule.Id = connection.ExecuteScalar<int>("SELECT nextval(pg_get_serial_sequence('reminder_schedules', 'id'))::int", transaction: transaction);
        connection.Execute(
            "INSERT INTO reminder_schedules (id, paused, next_occurrence_at, doc) VALUES (@Id, @Paused, @next, @doc::jsonb)",
            Parameters(schedule), transaction);
        return schedule;
    });

    public ReminderSchedule? Find(int scheduleId) => Schedules("WHERE id = @scheduleId", new { scheduleId }).SingleOrDefault();

    public IReadOnlyList<ReminderSchedule> All() => Schedules("ORDER BY id", null);

    public IReadOnlyList<ReminderSchedule> Due(DateTimeOffset now) =>
        Schedules("WHERE NOT paused AND next_occurrence_at <= @now ORDER BY next_occurrence_at", new { now = Utc(now) });

    public DateTimeOffset? EarliestNext()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT min(next_occurrence_at) FROM reminder_schedules WHERE NOT paused";
        using var reader = command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(0) ? reader.GetFieldValue<DateTimeOffset>(0) : null;
    }

    public void Update(ReminderSchedule schedule)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE reminder_schedules SET paused = @Paused, next_occurrence_at = @next, doc = @doc::jsonb WHERE id = @Id", Parameters(schedule));
    }

    public bool Delete(int scheduleId)
    {
        using var connection = database.Open();
        return connection.Execute("DELETE FROM reminder_schedules WHERE id = @scheduleId", new { scheduleId }) == 1;
    }

    public bool TryClaimOccurrence(int scheduleId, DateTimeOffset occurrenceAt, DateTimeOffset claimedAt)
    {
        using var connection = database.Open();
        return connection.Execute(
            "INSERT INTO reminder_occurrences (schedule_id, occurrence_at, claimed_at) VALUES (@scheduleId, @occurrenceAt, @claimedAt) "
            + "ON CONFLICT DO NOTHING",
            new { scheduleId, occurrenceAt = Utc(occurrenceAt), claimedAt = Utc(claimedAt) }) == 1;
    }

    private static object Parameters(ReminderSchedule schedule) =>
        new { schedule.Id, schedule.Paused, next = Utc(schedule.NextOccurrenceAt), doc = JsonDocuments.Write(schedule) };

    private List<ReminderSchedule> Schedules(string where, object? parameters)
    {
        using var connection = database.Open();
        return [.. connection.Query<string>($"SELECT doc::text FROM reminder_schedules {where}", parameters).Select(JsonDocuments.Read<ReminderSchedule>)];
    }
}
