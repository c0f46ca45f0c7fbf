using System.Globalization;
using CivilityBot.Cards.Model;
using CivilityBot.Cards.Plan;

namespace CivilityBot.Knowledge.Corrections;

/// <summary>Builds the plan correction cards: preview (confirm / cancel), applied (revert), reverted, history and help.</summary>
public sealed class PlanCardComposer(BureauClock clock)
{
    /// <summary>Old → new of a correction not yet applied; the buttons carry the correction and the plan version it was previewed on.</summary>
    public AdaptiveCard Preview(PlanCorrection correction, CorrectionResult result, int version)
    {
        var data = new Dictionary<string, string>
        {
            [PlanFields.Kind] = correction.Kind.ToString(),
            [PlanFields.Target] = correction.Target,
            [PlanFields.Value] = correction.Value,
            [PlanFields.Version] = version.ToString(CultureInfo.InvariantCulture),
        };
        return PlanCards.Build(new PlanCardModel(PlanTexts.PreviewTitle, PlanTexts.PreviewSummary,
            [("更正", PlanTexts.What(correction)), ("原内容", result.Old), ("新内容", result.New)], [],
            [new PlanCardButton(PlanTexts.Confirm, PlanVerbs.Confirm, data, Positive: true), new PlanCardButton(PlanTexts.Cancel, PlanVerbs.Cancel, data)]));
    }

    public AdaptiveCard Applied(PlanChange change) =>
        PlanCards.Build(new PlanCardModel(PlanTexts.AppliedTitle(change.Id), PlanTexts.Applied(change), Facts(change), [],
            [new PlanCardButton(PlanTexts.RevertButton, PlanVerbs.Revert, new Dictionary<string, string> { [PlanFields.Change] = change.Id.ToString(CultureInfo.InvariantCulture) })]));

    public AdaptiveCard Reverted(PlanChange change, IReadOnlyList<PlanChange> skipped) =>
        PlanCards.Build(new PlanCardModel(PlanTexts.RevertedTitle(change.Id), PlanTexts.Reverted(change), Facts(change),
            skipped.Count == 0 ? [] : [PlanTexts.Skipped(skipped)], []));

    public static AdaptiveCard Cancelled() => PlanCards.Build(new PlanCardModel(PlanTexts.PreviewTitle, PlanTexts.Cancelled, [], [], []));

    /// <summary>Most corrections listed on one card (keeps it far below Teams' message size limit).</summary>
    public const int MaxHistoryLines = 40;

    /// <summary>The newest <see cref="MaxHistoryLines"/> corrections, newest first: number, what, old → new, who and when, and who reverted it.</summary>
    public AdaptiveCard History(IReadOnlyList<PlanChange> changes)
    {
        var active = changes.Count(change => change.RevertedAt is null);
        var lines = changes.OrderByDescending(change => change.Id).Take(MaxHistoryLines).Select(Line).ToList();
        if (changes.Count > MaxHistoryLines) lines.Add($"……另有{changes.Count - MaxHistoryLines}次更早的更正未列出。");
        return PlanCards.Build(new PlanCardModel(PlanTexts.HistoryTitle, PlanTexts.HistorySummary(active, changes.Count - active), [], lines, []));
    }

    public static AdaptiveCard Help() =>
        PlanCards.Build(new PlanCardModel(PlanTexts.HelpTitle, PlanTexts.HelpSummary, PlanTexts.HelpLines, [], []));

    /// <summary>One history line, e.g. "#1 子项16.1 责任人：团委 汪珂吉 → 办公室 宋伟（刘斌，2026-11-30 20:05 北京时间）".</summary>
    public string Line(PlanChange change)
    {
        var line = $"#{change.Id} {PlanTexts.What(change.Correction)}：{change.Old} → {change.New}（{change.ActorName}，{When(change.At)}）";
        return change.RevertedAt is { } at ? $"{line}，已由{change.RevertedBy}于{When(at)}撤销" : line;
    }

    private List<(string, string)> Facts(PlanChange change) =>
        [("更正", PlanTexts.What(change.Correction)), ("原内容", change.Old), ("新内容", change.New), ("更正人", $"{change.ActorName}（{When(change.At)}）")];

    private string When(DateTimeOffset at) => $"{clock.Format(at)} {clock.ZoneLabel}";
}
