namespace CivilityBot.Reminders;

/// <summary>A composed reminder waiting for the coordinator's confirmation; confirming uses it up, so a double click sends once.</summary>
public sealed class ReminderDraft
{
    /// <summary>Random, so a card cannot confirm someone else's draft by guessing.</summary>
    public required string Id { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public ReminderAudience Audience { get; set; } = new();

    public string? Note { get; set; }

    /// <summary>Null means send now.</summary>
    public ScheduleSpec? Schedule { get; set; }

    public bool Used { get; set; }
}
