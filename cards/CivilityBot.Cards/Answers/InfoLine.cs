namespace CivilityBot.Cards.Answers;

/// <summary>One entry of an info card section; with <see cref="AskText"/> the entry is clickable and asks that question.</summary>
public sealed record InfoLine(string Text, string? Detail = null, string? AskText = null);
