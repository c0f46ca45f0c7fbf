using CivilityBot.Cards.Model;

namespace CivilityBot.Checklists;

/// <summary>A built card and its plain-text summary (for notifications and screen readers).</summary>
public sealed record ComposedCard(AdaptiveCard Card, string Summary);
