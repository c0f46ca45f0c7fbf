namespace CivilityBot.Cards.Plan;

/// <summary>A button on a plan card: its title, verb and data; <see cref="Positive"/> styles it as the main action.</summary>
public sealed record PlanCardButton(string Title, string Verb, IReadOnlyDictionary<string, string> Data, bool Positive = false);
