using CivilityBot.Cards.Answers;
using CivilityBot.Knowledge;
using static CivilityBot.Knowledge.Answering.Wording;

namespace CivilityBot.Knowledge.Answering;

/// <summary>The indicator card: category, sub-criteria with points, evaluation methods, owners.</summary>
internal sealed class IndicatorReplies(Campaign campaign)
{
    public KnowledgeReply Indicator(Indicator indicator, ReplyLanguage language, IReadOnlyList<int>? alternatives = null)
    {
        var others = alternatives ?? [];
        var lead = alternatives is null ? null : Pick(language, "最相关的指标：", "Best match:");
        var model = Model(indicator, language, others) with { Lead = lead, Footnote = Footnote(indicator, language, others) };
        var summary = (lead is null ? string.Empty : lead + Pick(language, string.Empty, " ")) + Summary(indicator, language)
            + (others.Count == 0 ? string.Empty : " " + AlsoRelated(language, others));
        return new KnowledgeReply(summary, AnswerCards.Indicator(model), language);
    }

    private IndicatorCardModel Model(Indicator indicator, ReplyLanguage language, IReadOnlyList<int> alternatives) => new(
        Pick(language, $"第{indicator.Number}项 {indicator.Title}", $"Indicator {indicator.Number}: {Title(language, indicator)}"),
        language == ReplyLanguage.English && indicator.TitleEn is not null ? indicator.Title : null,
        CategoryLine(indicator, language),
        Pick(language, "考评标准", "Requirements"),
        [.. indicator.SubCriteria.Select(sub => new SubCriterionLine(sub.Id, sub.Text, Points(language, sub.Score)))],
        [new LabeledValue(Pick(language, "考评方式", "Evaluation"), Methods(language, indicator.Methods))],
        Pick(language, "责任科室和责任人", "Owners (department: person)"),
        [.. indicator.Owners.Select(owner => new LabeledValue(owner.Department,
            owner.Person + (owner.Inferred ? Pick(language, "（推断）", " (inferred)") : string.Empty)))],
        Suggestions(indicator, language, alternatives));

    private string CategoryLine(Indicator indicator, ReplyLanguage language)
    {
        var category = campaign.CategoryOf(indicator);
        return Pick(language,
            $"第{category.Number}类 {category.Name} · 本项共{indicator.Points}分",
            $"Category {category.Number} · {CategoryName(language, category)} · {Points(language, indicator.Points)}");
    }

    private string Summary(Indicator indicator, ReplyLanguage language)
    {
        var category = campaign.CategoryOf(indicator);
        var subs = List(language, indicator.SubCriteria.Select(sub => $"{sub.Id} {sub.Text}（{Points(language, sub.Score)}）"));
        return Pick(language,
            $"第{indicator.Number}项 {indicator.Title}（第{category.Number}类 {category.Name}，{indicator.Points}分）。"
            + $"考评标准：{subs}。考评方式：{Methods(language, indicator.Methods)}。责任人：{Owners(language, indicator.Owners)}。",
            $"Indicator {indicator.Number}: {BothTitles(indicator)}, category {category.Number} {category.Name}, "
            + $"{Points(language, indicator.Points)}. Requirements: {subs}. Evaluation: {Methods(language, indicator.Methods)}. "
            + $"Owners: {Owners(language, indicator.Owners)}.");
    }

    private static string? Footnote(Indicator indicator, ReplyLanguage language, IReadOnlyList<int> alternatives)
    {
        var notes = new List<string>();
        if (alternatives.Count > 0) notes.Add(AlsoRelated(language, alternatives));
        if (indicator.Owners.Any(owner => owner.Inferred))
        {
            notes.Add(Pick(language, "标“推断”的责任人原表未列出，是整理数据时推断的。", "Owners marked (inferred) are not printed in the plan's table."));
        }

        return notes.Count == 0 ? null : string.Join(" ", notes);
    }

    private static string AlsoRelated(ReplyLanguage language, IReadOnlyList<int> alternatives) =>
        Pick(language, $"也可能相关：{Indicators(language, alternatives)}。", $"Also related: {Indicators(language, alternatives)}.");

    private List<Suggestion> Suggestions(Indicator indicator, ReplyLanguage language, IReadOnlyList<int> alternatives)
    {
        var suggestions = alternatives.Take(3).Select(number => AskIndicatorButton(language, number)).ToList();
        suggestions.AddRange(indicator.Owners.Select(owner => owner.Person).Distinct().Take(2).Select(person => AskPerson(language, person)));
        if (alternatives.Count == 0)
        {
            if (indicator.Number > 1) suggestions.Add(AskIndicatorButton(language, indicator.Number - 1));
            if (indicator.Number < campaign.Indicators.Count) suggestions.Add(AskIndicatorButton(language, indicator.Number + 1));
        }

        return [.. suggestions.Take(AnswerActions.MaxSuggestions)];
    }
}
