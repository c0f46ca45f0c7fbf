namespace CivilityBot.Cards.Progress;

/// <summary>An Action.Execute button (with Action.Submit fallback) on a progress card.</summary>
public sealed record ProgressButton(string Title, string Verb, IReadOnlyDictionary<string, string> Data);
