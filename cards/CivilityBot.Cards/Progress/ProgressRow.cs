namespace CivilityBot.Cards.Progress;

/// <summary>One line of a progress section: what it is about, its figures, and a colour when it needs attention.</summary>
public sealed record ProgressRow(string Label, string Figures, ProgressTone Tone = ProgressTone.Neutral);
