namespace CivilityBot.Cards.Model;

/// <summary>One bar of a stacked bar chart: its title and its parts.</summary>
public sealed record ChartBar(string Title, List<ChartBarPart> Data);
