namespace CivilityBot.Cards.Model;

public sealed class ActionShowCard(string title, AdaptiveCard card) : CardAction(title)
{
    public AdaptiveCard Card { get; } = card;
}
