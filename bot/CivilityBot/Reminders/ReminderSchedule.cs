using LiteDB;

namespace CivilityBot.Reminders;

/// <summary>A recurring reminder. <see cref="NextOccurrenceAt"/> is UTC; null once the window has passed.</summary>
public sealed class ReminderSchedule
{
    public int Id { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public ReminderAudience Audience { get; set; } = new();

    public string? Note { get; set; }

    public required string Cron { get; set; }

    public required string Description { get; set; }

    /// <summary>IANA zone the cron expression is read in.</summary>
    public required string TimeZone { get; set; }

    public DateTimeOffset? ActiveFrom { get; set; }

    public DateTimeOffset? ActiveUntil { get; set; }

    public bool Paused { get; set; }

    public DateTimeOffset? NextOccurrenceAt { get; set; }

    public DateTimeOffset? LastFiredAt { get; set; }

    [BsonIgnore]
    public ScheduleSpec Spec => ScheduleSpec.Of(Cron, Description, ActiveFrom, ActiveUntil);
}
