using CivilityBot.Cards.Model;

namespace CivilityBot.Knowledge;

/// <summary>
/// An answer: the card, and a plain-text <see cref="Summary"/> for notifications and screen readers.
/// Cards are cached and shared between replies: treat <see cref="Card"/> as read-only.
/// </summary>
public sealed record KnowledgeReply(string Summary, AdaptiveCard Card, ReplyLanguage Language);
