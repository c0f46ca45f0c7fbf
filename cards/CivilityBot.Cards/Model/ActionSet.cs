namespace CivilityBot.Cards.Model;

public sealed class ActionSet(List<CardAction> actions) : CardElement
{
    public List<CardAction> Actions { get; } = actions;
}
