using CivilityBot.Outreach;

namespace CivilityBot.Reminders;

/// <summary>What confirming a draft did: queued a broadcast, stored a schedule, or nothing (draft gone or no one to send to).</summary>
public sealed record ConfirmOutcome(OutboxBatch? Broadcast, ReminderSchedule? Schedule, string? Problem = null);
