namespace CivilityBot.Cards.People;

/// <summary>One roster line: the person, their departments, how they are linked (null: not linked) and whether they coordinate.</summary>
public sealed record PersonRow(string Name, string Departments, string? Link, bool IsCoordinator);
