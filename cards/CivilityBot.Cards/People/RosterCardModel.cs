namespace CivilityBot.Cards.People;

/// <summary>The 人员 card: every roster person with link state and role.</summary>
public sealed record RosterCardModel(string Title, string Summary, IReadOnlyList<PersonRow> People, RosterCardText Text);
