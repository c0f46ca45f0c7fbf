namespace CivilityBot.Cards.Checklists;

/// <summary>One indicator's block on a checklist card: its heading line and its sub-criteria.</summary>
public sealed record ChecklistIndicatorModel(string Heading, string? Detail, IReadOnlyList<ChecklistItemModel> Items);
