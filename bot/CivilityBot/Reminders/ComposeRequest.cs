namespace CivilityBot.Reminders;

/// <summary>A valid answer from the compose card.</summary>
public sealed record ComposeRequest(ReminderAudience Audience, string? Note, ScheduleSpec? Schedule);
