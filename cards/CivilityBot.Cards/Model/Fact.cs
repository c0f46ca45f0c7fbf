namespace CivilityBot.Cards.Model;

public sealed record Fact(string Title, string Value);
