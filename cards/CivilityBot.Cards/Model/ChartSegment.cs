namespace CivilityBot.Cards.Model;

/// <summary>A gauge segment: its legend, its size on the gauge's scale and a chart colour ("good", "attention", "neutral"…).</summary>
public sealed record ChartSegment(string Legend, double Size, string? Color = null);
