namespace CivilityBot.Cards.Model;

public sealed record Choice(string Title, string Value);
