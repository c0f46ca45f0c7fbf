using CivilityBot.Cards.Model;
using CivilityBot.Protocol.Schema;

namespace CivilityBot.Turns;

/// <summary>The answers a card action handler gives that carry a card.</summary>
public static class CardActionReplies
{
    /// <summary>An <c>adaptiveCard/action</c> answer that replaces the pressed card with <paramref name="card"/> (HTTP 200, <c>application/vnd.microsoft.card.adaptive</c>).</summary>
    public static AdaptiveCardInvokeResponse Card(AdaptiveCard card) => AdaptiveCardInvokeResponse.Card(CardJson.ToElement(card));
}
