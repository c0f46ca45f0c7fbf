namespace CivilityBot.Cards.Reminders;

/// <summary>One recurring reminder in the schedule list.</summary>
/// <param name="NextText">e.g. 2023-10-30 09:00, 已暂停, or 已结束.</param>
public sealed record ReminderScheduleEntry(
    int ScheduleId,
    string Description,
    string AudienceText,
    string? Note,
    string CreatedBy,
    string NextText,
    bool Paused);
