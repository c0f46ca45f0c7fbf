namespace CivilityBot.Cards.Model;

/// <summary>
/// Teams' Chart.HorizontalBar.Stacked element: one bar per <see cref="ChartBar"/>, each split into coloured parts.
/// Source: learn.microsoft.com, Teams platform, "Charts in Adaptive Cards" (Stacked Horizontal Bar Chart).
/// Clients that draw no charts show <see cref="Fallback"/>.
/// </summary>
public sealed class ChartHorizontalBarStacked : CardElement
{
    public string? Title { get; init; }

    public required List<ChartBar> Data { get; init; }

    public CardElement? Fallback { get; init; }
}
