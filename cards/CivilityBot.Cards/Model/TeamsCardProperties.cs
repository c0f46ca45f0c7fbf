namespace CivilityBot.Cards.Model;

public sealed record TeamsCardProperties(string Width = "Full");
