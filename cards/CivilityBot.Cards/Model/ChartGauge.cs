namespace CivilityBot.Cards.Model;

/// <summary>
/// Teams' Chart.Gauge element: <see cref="Value"/> between <see cref="Min"/> and <see cref="Max"/> over coloured
/// segments. Source: learn.microsoft.com, Teams platform, "Charts in Adaptive Cards" (Chart.Gauge properties).
/// Clients that draw no charts show <see cref="Fallback"/>.
/// </summary>
public sealed class ChartGauge : CardElement
{
    public string? Title { get; init; }

    public double Value { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    /// <summary>"Percentage" or "Fraction".</summary>
    public string? ValueFormat { get; init; }

    public string? SubLabel { get; init; }

    public List<ChartSegment>? Segments { get; init; }

    public CardElement? Fallback { get; init; }
}
