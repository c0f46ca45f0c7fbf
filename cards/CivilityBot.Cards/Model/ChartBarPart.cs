namespace CivilityBot.Cards.Model;

/// <summary>One part of a stacked bar: legend, value and chart colour.</summary>
public sealed record ChartBarPart(string Legend, double Value, string? Color = null);
