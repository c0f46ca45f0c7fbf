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
        var model = Model(indicator, language, others) with { Lead = lead, Footnote = Footnote(indicator, language, others, campaign) };
        var summary = (lead is null ? string.Empty : lead + Pick(language, string.Empty, " ")) + Summary(indicator, language)
            + (others.Count == 0 ? string.Empty : " " + AlsoRelated(language, others));
        return new KnowledgeReply(summary, AnswerCards.Indicator(model), language);
    }

    private IndicatorCardModel Model(Indicator indicator, ReplyLanguage language, IReadOnlyList<int> alternatives) => new(
        Pick(language, $"第{indicator.Number}项 {indicator.Title}", $"Indicator {indicator.Number}: {Title(language, indicator)}"),
        language == ReplyLanguage.English && indicator.TitleEn is not null ? indicator.Title : null,
        CategoryLine(indicator, language),
        Pick(language, "考评标准", "Requirements"),
        [.. indicator.SubCriteria.Select(sub => new SubCriterionLine(sub.Id, sub.Text, Points(language, sub.Score), SubDetail(indicator, sub, language)))],
        [new LabeledValue(Pick(language, "考评方式", "Evaluation"), Methods(language, indicator.Methods))],
        Pick(language, "责任科室和责任人", "Owners (department: person)"),
        [.. indicator.Owners.Select(owner => new LabeledValue(owner.Department, owner.PersonLabel(language)))],
        Suggestions(indicator, language, alternatives));

    private string CategoryLine(Indicator indicator, ReplyLanguage language)
    {
        var category = campaign.CategoryOf(indicator);
        return Pick(language,
            $"第{category.Number}类 {CategoryName(language, category)} · 本项共{indicator.Points}分",
            $"Category {category.Number} · {CategoryName(language, category)} · {Points(language, indicator.Points)}");
    }

    private string Summary(Indicator indicator, ReplyLanguage language)
    {
        var category = campaign.CategoryOf(indicator);
        var subs = List(language, indicator.SubCriteria.Select(sub =>
            $"{sub.Id} {sub.Text}（{Points(language, sub.Score)}{(SubDetail(indicator, sub, language) is { } detail ? Pick(language, "；", "; ") + detail : string.Empty)}）"));
        return Pick(language,
            $"第{indicator.Number}项 {indicator.Title}（第{category.Number}类 {CategoryName(language, category)}，{indicator.Points}分）。"
            + $"考评标准：{subs}。考评方式：{Methods(language, indicator.Methods)}。责任人：{Owners(language, indicator.Owners)}。",
            $"Indicator {indicator.Number}: {BothTitles(indicator)}, category {category.Number} {CategoryName(language, category)}, "
            + $"{Points(language, indicator.Points)}. Requirements: {subs}. Evaluation: {Methods(language, indicator.Methods)}. "
            + $"Owners: {Owners(language, indicator.Owners)}.");
    }

    // Where the table splits the indicator (item 8), each sub-criterion names its own owners and methods.
    private string? SubDetail(Indicator indicator, SubCriterion sub, ReplyLanguage language) =>
        indicator.IsSplit
            ? $"{Owners(language, campaign.OwnersOf(sub))} · {Methods(language, campaign.MethodsOf(sub))}"
            : null;

    private static string? Footnote(Indicator indicator, ReplyLanguage language, IReadOnlyList<int> alternatives, Campaign campaign)
    {
        var notes = new List<string>();
        if (alternatives.Count > 0) notes.Add(AlsoRelated(language, alternatives));
        var owners = indicator.Owners.Concat(indicator.SubCriteria.SelectMany(campaign.OwnersOf));
        notes.AddRange(InferenceNotes(language, owners).Select(note => Pick(language, "推断说明：", "Reading note: ") + note));
        if (indicator.IsSplit)
        {
            notes.Add(Pick(language, "本项各子项的责任人和考评方式不同，见各子项下方。", "Each sub-criterion has its own owners and evaluation, shown under it."));
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
