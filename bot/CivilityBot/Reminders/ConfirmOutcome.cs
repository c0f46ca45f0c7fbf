namespace CivilityBot.Reminders;

/// <summary>What confirming a draft did: queued a broadcast, stored a schedule, or nothing (draft gone or no one to send to).</summary>
public sealed record ConfirmOutcome(ReminderBroadcast? Broadcast, ReminderSchedule? Schedule, string? Problem = null);
