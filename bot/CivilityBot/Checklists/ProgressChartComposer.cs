using CivilityBot.Cards.Progress;
using CivilityBot.Knowledge;

namespace CivilityBot.Checklists;

/// <summary>
/// The progress card's charts: each sub-criterion counted once, in the first of accepted, evidence complete, ticked,
/// late, open that applies.
/// </summary>
public static class ProgressChartComposer
{
    /// <summary>The progress-at-a-glance card and its notification line.</summary>
    public static ComposedCard Card(ProgressReport report, EvidenceProgress evidence, ReplyLanguage language)
    {
        var model = Compose(report, evidence, language);
        // Not a prefix of the detailed card's title, so the two cards are told apart by their titles.
        var whom = report.PersonName ?? (language == ReplyLanguage.English ? "everyone" : "全部");
        var title = language == ReplyLanguage.English ? $"At a glance · {whom}" : $"进度一览 · {whom}";
        return new ComposedCard(ProgressCharts.Card(title, ProgressTexts.AsOf(report.Today, language), model), $"{title}：{model.GaugeFallback}");
    }

    public static ProgressChartsModel Compose(ProgressReport report, EvidenceProgress evidence, ReplyLanguage language)
    {
        var english = language == ReplyLanguage.English;
        var open = report.Open.ToDictionary(item => item.SubCriterion.Id, item => item.Late, StringComparer.Ordinal);
        var bars = report.Categories.Select(pair => Bar(
            $"{pair.Category.Number} {(english ? pair.Category.NameEn ?? pair.Category.Name : pair.Category.Name)}",
            report.Indicators.Where(indicator => indicator.Indicator.Category == pair.Category.Number).SelectMany(indicator => indicator.Indicator.SubCriteria),
            open, evidence)).ToList();
        var overall = Bar(english ? "Overall" : "总体", report.Indicators.SelectMany(indicator => indicator.Indicator.SubCriteria), open, evidence);
        var legends = english ? ProgressLegends.English : ProgressLegends.Chinese;
        var ticked = report.Totals.Done;
        var complete = overall.Accepted + overall.Complete;
        var fallback = english
            ? $"Overall: {ticked}/{overall.Total} ticked · {CountOf(evidence.Complete, report)} evidence complete · {CountOf(evidence.Accepted, report)} accepted"
            : $"总体：已勾选 {ticked}/{overall.Total} · 佐证齐全 {CountOf(evidence.Complete, report)} · 审核通过 {CountOf(evidence.Accepted, report)}";
        return new ProgressChartsModel(
            english ? "Evidence accepted" : "佐证审核通过",
            overall,
            english ? $"{complete} of {overall.Total} with complete or accepted evidence" : $"佐证齐全或已通过 {complete}/{overall.Total}",
            fallback,
            english ? "By category" : "各类别进度",
            bars,
            legends);
    }

    private static ProgressBarModel Bar(string title, IEnumerable<SubCriterion> items, Dictionary<string, bool> open, EvidenceProgress evidence)
    {
        int accepted = 0, complete = 0, ticked = 0, late = 0, rest = 0;
        foreach (var item in items)
        {
            if (evidence.Accepted.Contains(item.Id)) accepted++;
            else if (evidence.Complete.Contains(item.Id)) complete++;
            else if (!open.TryGetValue(item.Id, out var isLate)) ticked++;
            else if (isLate) late++;
            else rest++;
        }

        return new ProgressBarModel(title, accepted, complete, ticked, late, rest);
    }

    private static int CountOf(IReadOnlySet<string> ids, ProgressReport report) =>
        report.Indicators.SelectMany(indicator => indicator.Indicator.SubCriteria).Count(item => ids.Contains(item.Id));
}
