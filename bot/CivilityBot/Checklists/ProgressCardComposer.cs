using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Progress;
using CivilityBot.Knowledge;
using CivilityBot.Cards.Model;
using CivilityBot.Protocol.Schema;

namespace CivilityBot.Checklists;

/// <summary>Turns a <see cref="ProgressReport"/> into the 进度 / 我的进度 card.</summary>
public static class ProgressCardComposer
{
    /// <summary>Open items listed before "and N more"; keeps the card short.</summary>
    private const int MaxOpenItems = 15;

    /// <summary>
    /// The card for <paramref name="report"/>. With <paramref name="refresh"/> (a card in a group chat or channel) it
    /// carries that refresh and no button acting on one person's checklist, since everyone there sees the card.
    /// </summary>
    public static ComposedCard Compose(ProgressReport report, ReplyLanguage language, CardRefresh? refresh = null)
    {
        var label = (string chinese, string english) => ProgressTexts.Labels(language, chinese, english);
        var totals = report.Totals;
        var headline = new List<ProgressRow>
        {
            new(label("完成情况", "Completion"), ProgressTexts.Completion(totals, language), totals.Complete ? ProgressTone.Good : ProgressTone.Neutral),
            new(label("分值", "Points"), ProgressTexts.Points(totals, language)),
            new(label("当前阶段", "Phase"), ProgressTexts.Phase(report.Phase, language), PhaseTone(report.Phase, totals)),
            new(label("逾期", "Late"), ProgressTexts.LateCount(totals.Late, language), totals.Late > 0 ? ProgressTone.Attention : ProgressTone.Good),
        };
        var whole = report.PersonName is null;
        var sections = new List<ProgressSection>
        {
            new(label("按类别", "By category"), [.. report.Categories.Select(pair => Row($"{pair.Category.Number} {Name(pair.Category, language)}", pair.Figures, language))]),
            new(label("按指标", "By indicator"), [.. report.Indicators.Select(pair => Row($"{pair.Indicator.Number} {Title(pair.Indicator, language)}", pair.Figures, language))])
            {
                Collapsed = whole,
            },
        };
        if (whole)
        {
            sections.Add(new(label("按责任人", "By owner"), [.. report.Owners.Select(pair => Row(report.Readings.TryGetValue(pair.Person, out var reading) ? reading.PersonLabel(language) : pair.Person, pair.Figures, language))]));
        }

        sections.Add(new(label(totals.Late > 0 ? "逾期未完成" : "未完成", totals.Late > 0 ? "Late" : "Open"), OpenRows(report, language)) { Collapsed = whole });
        var model = new ProgressCardModel(ProgressTexts.Title(report.PersonName, language), ProgressTexts.AsOf(report.Today, language), headline, sections, label("查看", "Show "))
        {
            Buttons = whole || refresh is not null ? [] : [new ProgressButton(label("打开清单", "Open checklist"), ChecklistVerbs.Open, LanguageData(language))],
            Refresh = refresh,
        };
        var summary = $"{model.Title}：{ProgressTexts.Completion(totals, language)}";
        return new ComposedCard(WithinBudget(model, language), summary);
    }

    /// <summary>
    /// Keeps the card inside the message size budget (<see cref="ActivitySize.BudgetBytes"/>, envelope included): while it
    /// is too large, the last long section (open items, then owners, then indicators) keeps its first half and says how
    /// many more there are, so every figure shown is whole and the reader knows where the rest is.
    /// </summary>
    private static AdaptiveCard WithinBudget(ProgressCardModel model, ReplyLanguage language)
    {
        var card = ProgressCards.Build(model);
        while (CardJson.Utf16Size(card) + EnvelopeBytes > ActivitySize.BudgetBytes)
        {
            var longest = model.Sections.LastOrDefault(section => section.Rows.Count > MinRowsKept * 2);
            if (longest is null)
            {
                break;
            }

            var keep = longest.Rows.Count / 2;

            var rest = longest.Rows.Count - keep;
            var trimmed = longest with { Rows = [.. longest.Rows.Take(keep), new ProgressRow(ProgressTexts.Trimmed(rest, language), string.Empty)] };
            model = model with { Sections = [.. model.Sections.Select(section => ReferenceEquals(section, longest) ? trimmed : section)] };
            card = ProgressCards.Build(model);
        }

        return card;
    }

    /// <summary>A section is not cut below this many rows.</summary>
    private const int MinRowsKept = 4;

    /// <summary>What the activity around the card adds (ids, addresses, summary), generously.</summary>
    private const int EnvelopeBytes = 2 * 1024;

    private static List<ProgressRow> OpenRows(ProgressReport report, ReplyLanguage language)
    {
        var rows = report.Open.Take(MaxOpenItems)
            .Select(item => new ProgressRow(ProgressTexts.OpenItem(item, language), $"{item.Points}{ProgressTexts.Labels(language, " 分", " pts")}",
                item.Late ? ProgressTone.Attention : ProgressTone.Warning))
            .ToList();
        if (report.Open.Count > MaxOpenItems)
        {
            rows.Add(new ProgressRow(ProgressTexts.More(report.Open.Count - MaxOpenItems, language), string.Empty));
        }

        return rows;
    }

    private static ProgressRow Row(string label, ProgressFigures figures, ReplyLanguage language) => new(
        label,
        ProgressTexts.Row(figures, language),
        figures.Complete ? ProgressTone.Good : figures.Late > 0 ? ProgressTone.Attention : ProgressTone.Neutral);

    private static ProgressTone PhaseTone(PhaseStatus phase, ProgressFigures totals) =>
        totals.Complete ? ProgressTone.Good
        : phase.CampaignOver || phase.DaysLeft < 0 ? ProgressTone.Attention
        : phase.DaysLeft <= 7 && !phase.NotStarted ? ProgressTone.Warning
        : ProgressTone.Neutral;

    private static Dictionary<string, string> LanguageData(ReplyLanguage language) =>
        language == ReplyLanguage.English ? new() { [ChecklistFields.Language] = ChecklistFields.English } : [];

    private static string Name(Category category, ReplyLanguage language) =>
        language == ReplyLanguage.English ? category.NameEn ?? category.Name : category.Name;

    private static string Title(Indicator indicator, ReplyLanguage language) =>
        language == ReplyLanguage.English ? indicator.TitleEn ?? indicator.Title : indicator.Title;
}
