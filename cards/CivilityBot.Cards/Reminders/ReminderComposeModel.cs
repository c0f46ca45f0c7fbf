namespace CivilityBot.Cards.Reminders;

/// <summary>The compose card: the choices to offer and, after a rejected attempt, what was entered and what was wrong.</summary>
public sealed record ReminderComposeModel(
    IReadOnlyList<string> Departments,
    IReadOnlyList<string> WorkingGroups,
    IReadOnlyList<string> People,
    string BeforeInspectionText)
{
    public string Audience { get; init; } = ReminderChoices.AudienceOutstanding;

    public string? Department { get; init; }

    public string? WorkingGroup { get; init; }

    /// <summary>Comma separated, as the multi-select sends it.</summary>
    public string? SelectedPeople { get; init; }

    public string? Note { get; init; }

    public string Timing { get; init; } = ReminderChoices.TimingNow;

    public string? CustomTiming { get; init; }

    /// <summary>Why the last attempt was not accepted, in words for the coordinator.</summary>
    public string? Problem { get; init; }
}
