namespace CivilityBot.Checklists;

/// <summary>One save from one card: its changes land in one transaction.</summary>
public sealed record ChecklistSave(
    IReadOnlyList<ChecklistChange> Changes,
    ChecklistActor Actor,
    string Source,
    string? ActivityId,
    DateTimeOffset At);
