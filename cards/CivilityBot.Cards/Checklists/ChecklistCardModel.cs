namespace CivilityBot.Cards.Checklists;

/// <summary>One page of a person's checklist. <see cref="Note"/> reports the last save (a warning when something was refused).</summary>
public sealed record ChecklistCardModel(
    string Title,
    string Summary,
    string PersonName,
    int Page,
    int PageCount,
    IReadOnlyList<ChecklistIndicatorModel> Indicators,
    ChecklistCardText Text)
{
    public string? Note { get; init; }

    public bool NoteIsWarning { get; init; }

    /// <summary><see cref="ChecklistFields.English"/> for English cards; carried on every button so answers stay in it.</summary>
    public string? LanguageCode { get; init; }
}
