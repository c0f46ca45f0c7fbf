using System.Text.Json;
using CivilityBot.Cards.Model;

namespace CivilityBot.Knowledge;

/// <summary>
/// An answer: the card, and a plain-text <see cref="Summary"/> for notifications and screen readers.
/// Cards are cached and shared between replies: treat <see cref="Card"/> as read-only.
/// </summary>
public sealed record KnowledgeReply(string Summary, AdaptiveCard Card, ReplyLanguage Language)
{
    private readonly Lazy<JsonElement> _cardJson = new(() => Cards.Model.CardJson.ToElement(Card), LazyThreadSafetyMode.PublicationOnly);

    /// <summary>The card as JSON, serialised once per reply, so a cached answer is not re-serialised on every question.</summary>
    public JsonElement CardJson => _cardJson.Value;
}
