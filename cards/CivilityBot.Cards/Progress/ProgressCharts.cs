using System.Globalization;
using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.Progress;

/// <summary>
/// The progress-at-a-glance card: a gauge and per-category stacked bars, each with a text fallback for clients that
/// draw no charts. A card of its own, sent after the detailed progress card, so that card keeps its size budget.
/// </summary>
public static class ProgressCharts
{
    public static AdaptiveCard Card(string title, string subtitle, ProgressChartsModel model) => new()
    {
        Body =
        [
            new TextBlock(title) { Size = CardStyles.Large, Weight = CardStyles.Bolder },
            new TextBlock(subtitle) { IsSubtle = true, Spacing = CardStyles.SpacingSmall },
            .. Build(model),
        ],
        Msteams = new TeamsCardProperties(),
    };

    public static IEnumerable<CardElement> Build(ProgressChartsModel model)
    {
        var legends = model.Legends;
        var overall = model.Overall;
        yield return new ChartGauge
        {
            Title = model.GaugeTitle,
            Value = overall.Accepted,
            Min = 0,
            Max = Math.Max(1, overall.Total),
            ValueFormat = "Fraction",
            SubLabel = model.GaugeSubLabel,
            Segments = [.. Parts(overall, legends).Select(part => new ChartSegment(part.Legend, part.Value, part.Color))],
            Separator = true,
            Fallback = new TextBlock(model.GaugeFallback) { Weight = CardStyles.Bolder },
        };
        yield return new ChartHorizontalBarStacked
        {
            Title = model.BarsTitle,
            Data = [.. model.Bars.Select(bar => new ChartBar(bar.Title, Parts(bar, legends)))],
            Fallback = new Container(
            [
                new TextBlock(model.BarsTitle) { Weight = CardStyles.Bolder },
                .. model.Bars.Select(bar => new TextBlock(Line(bar, legends)) { Size = CardStyles.Small, Spacing = CardStyles.SpacingNone }),
            ]),
        };
    }

    private static List<ChartBarPart> Parts(ProgressBarModel bar, ProgressLegends legends) =>
    [
        new(legends.Accepted, bar.Accepted, "good"),
        new(legends.Complete, bar.Complete, "categoricalBlue"),
        new(legends.TickedOnly, bar.TickedOnly, "categoricalLightBlue"),
        new(legends.Late, bar.Late, "attention"),
        new(legends.Open, bar.Open, "neutral"),
    ];

    /// <summary>"1 思想建设：已通过 1 · 佐证齐全 2 · 已勾选 3 · 逾期 0 · 未完成 4（共 10）".</summary>
    public static string Line(ProgressBarModel bar, ProgressLegends legends) => string.Create(CultureInfo.InvariantCulture,
        $"{bar.Title}：{legends.Accepted} {bar.Accepted} · {legends.Complete} {bar.Complete} · {legends.TickedOnly} {bar.TickedOnly} · {legends.Late} {bar.Late} · {legends.Open} {bar.Open}（{bar.Total}）");
}
