using CivilityBot.Cards.Model;

namespace CivilityBot.Turns;

/// <summary>A card meant for one person only (their checklist, their own progress), with its plain-text summary.</summary>
/// <param name="Summary">One line naming the card (for notifications, screen readers and the pointer left in a group).</param>
/// <param name="Card">The card itself.</param>
public sealed record PersonalCard(string Summary, AdaptiveCard Card);
