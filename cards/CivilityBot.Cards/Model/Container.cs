namespace CivilityBot.Cards.Model;

public sealed class Container(List<CardElement> items) : CardElement
{
    public List<CardElement> Items { get; } = items;

    public string? Style { get; init; }

    public CardAction? SelectAction { get; init; }
}
