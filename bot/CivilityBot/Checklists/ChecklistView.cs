using CivilityBot.Knowledge;

namespace CivilityBot.Checklists;

/// <summary>Which checklist page to show to whom, and the note about the last save if any.</summary>
public sealed record ChecklistView(string PersonName, int Page, string? ViewerName, ReplyLanguage Language)
{
    public string? Note { get; init; }

    public bool NoteIsWarning { get; init; }
}
