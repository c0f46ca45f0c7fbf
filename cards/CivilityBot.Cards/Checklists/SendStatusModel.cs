namespace CivilityBot.Cards.Checklists;

/// <summary>Where a send stands (confirmed, cancelled, finished) and the people who could not be reached.</summary>
public sealed record SendStatusModel(string Title, string Summary, IReadOnlyList<string> Lines, bool IsWarning);
