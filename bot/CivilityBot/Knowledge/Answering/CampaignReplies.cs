using CivilityBot.Cards.Answers;
using CivilityBot.Knowledge;
using static CivilityBot.Knowledge.Answering.Wording;

namespace CivilityBot.Knowledge.Answering;

/// <summary>Answers about categories and their points, evaluation methods and the bonus rule.</summary>
internal sealed class CampaignReplies(Campaign campaign)
{
    public KnowledgeReply Category(Category category, ReplyLanguage language)
    {
        var indicators = campaign.IndicatorsIn(category);
        var summed = campaign.SummedPoints(category);
        var model = new InfoCardModel(
            Pick(language, $"第{category.Number}类 {CategoryName(language, category)}", $"Category {category.Number}: {CategoryName(language, category)}"),
            PointsFacts(category, summed, language),
            [new InfoSection(Pick(language, $"包含的指标（{indicators.Count}项）", $"Indicators ({indicators.Count})"),
                [.. indicators.Select(indicator => IndicatorLine(language, indicator))])],
            [.. indicators.Take(AnswerActions.MaxSuggestions).Select(indicator => AskIndicatorButton(language, indicator.Number))])
        {
            Footnote = CategoryNote(category, language),
        };
        return new KnowledgeReply(CategorySummary(category, indicators, summed, language), AnswerCards.Info(model), language);
    }

    public KnowledgeReply AllCategories(ReplyLanguage language)
    {
        var lines = campaign.Categories.Select(category => new InfoLine(
            Pick(language, $"第{category.Number}类 {CategoryName(language, category)}", $"{category.Number}. {CategoryName(language, category)}"),
            PointsText(category, campaign.SummedPoints(category), language) + " · "
                + Indicators(language, campaign.IndicatorsIn(category).Select(indicator => indicator.Number)),
            Pick(language, $"第{category.Number}类", $"category {category.Number}"))).ToList();
        var total = campaign.Indicators.Sum(indicator => indicator.Points);
        var model = new InfoCardModel(
            Pick(language, "各类别分值", "Points by category"),
            [new(Pick(language, "指标", "Indicators"), campaign.Indicators.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
             new(Pick(language, "子项合计", "Sub-criteria total"), Points(language, total))],
            [new InfoSection(Pick(language, $"{campaign.Categories.Count}个类别", $"{campaign.Categories.Count} categories"), lines)],
            BonusSuggestion(language));
        var summary = Pick(language, $"共{campaign.Categories.Count}类、{campaign.Indicators.Count}项指标，子项合计{total}分。", $"{campaign.Categories.Count} categories, {campaign.Indicators.Count} indicators, {total} points in all sub-criteria. ")
            + List(language, campaign.Categories.Select(category => $"{category.Number} {CategoryName(language, category)} {PointsText(category, campaign.SummedPoints(category), language)}"));
        return new KnowledgeReply(summary, AnswerCards.Info(model), language);
    }

    public KnowledgeReply Method(string method, ReplyLanguage language)
    {
        var indicators = campaign.Indicators.Where(indicator => indicator.SubCriteria.Any(sub => campaign.MethodsOf(sub).Contains(method))).ToList();
        var name = language == ReplyLanguage.Chinese ? method : EnglishTerms.Method(method);
        var model = new InfoCardModel(
            Pick(language, $"考评方式：{method}", $"Evaluation: {name}"),
            [],
            [new InfoSection(Pick(language, $"用到{method}的指标（{indicators.Count}项）", $"Indicators evaluated by {name} ({indicators.Count})"),
                [.. indicators.Select(indicator => IndicatorLine(language, indicator) is var line ? line with { Text = line.Text + Only(indicator, method, language) } : line)])],
            [.. indicators.Take(AnswerActions.MaxSuggestions).Select(indicator => AskIndicatorButton(language, indicator.Number))]);
        var only = string.Concat(indicators.Select(indicator => Only(indicator, method, language)));
        var summary = Pick(language,
            $"用到{method}的指标共{indicators.Count}项：{Indicators(language, indicators.Select(indicator => indicator.Number))}{only}。",
            $"{indicators.Count} indicator(s) are evaluated by {name}: {Indicators(language, indicators.Select(indicator => indicator.Number))}{only}.");
        return new KnowledgeReply(summary, AnswerCards.Info(model), language);
    }

    public KnowledgeReply Bonus(ReplyLanguage language)
    {
        if (campaign.BonusRule is not { } bonus)
        {
            var none = Pick(language, "本方案没有加分项目。", "This plan has no bonus points.");
            return new KnowledgeReply(none, AnswerCards.Info(new InfoCardModel(none, [], [], [])), language);
        }

        var facts = new List<LabeledValue>
        {
            new(Pick(language, "国家级荣誉", "National honour"), Pick(language, $"每项加{bonus.NationalPointsEach}分", $"+{bonus.NationalPointsEach} each")),
            new(Pick(language, "省部级荣誉", "Provincial/ministerial honour"), Pick(language, $"每项加{bonus.ProvincialPointsEach}分", $"+{bonus.ProvincialPointsEach} each")),
            new(Pick(language, "最多", "At most"), Points(language, bonus.MaxPoints)),
            new(Pick(language, "考评方式", "Evaluation"), Methods(language, bonus.Methods)),
            new(Pick(language, "责任人", "Owners"), Owners(language, bonus.Owners)),
        };
        var model = new InfoCardModel(bonus.Name, facts, [], [.. bonus.Owners.Select(owner => owner.Person).Distinct().Select(person => AskPerson(language, person))])
        {
            Subtitle = language == ReplyLanguage.English ? "Bonus points" : null,
            Text = bonus.Text,
            Footnote = bonus.Note,
        };
        var summary = Pick(language,
            $"{bonus.Name}：{bonus.Text}责任人：{Owners(language, bonus.Owners)}。",
            $"Bonus points ({bonus.Name}): +{bonus.NationalPointsEach} per national honour, +{bonus.ProvincialPointsEach} per provincial or ministerial honour "
            + $"won in the year before the inspection, at most {bonus.MaxPoints}. Owners: {Owners(language, bonus.Owners)}.");
        return new KnowledgeReply(summary, AnswerCards.Info(model), language);
    }

    /// <summary>A topic question with several close matches: the candidates, best first, to pick from.</summary>
    public KnowledgeReply Candidates(IReadOnlyList<int> numbers, ReplyLanguage language)
    {
        var indicators = numbers.Select(number => campaign.FindIndicator(number)!).ToList();
        var model = new InfoCardModel(
            Pick(language, "可能相关的指标", "Possibly related indicators"),
            [],
            [new InfoSection(Pick(language, "点击查看详情", "Tap one for details"), [.. indicators.Select(indicator => IndicatorLine(language, indicator))])],
            [.. indicators.Take(AnswerActions.MaxSuggestions).Select(indicator => AskIndicatorButton(language, indicator.Number))]);
        var summary = Pick(language, "可能相关的指标：", "Possibly related: ")
            + List(language, indicators.Select(indicator => $"{Indicator(language, indicator.Number)} {Title(language, indicator)}（{Owners(language, indicator.Owners)}）"));
        return new KnowledgeReply(summary, AnswerCards.Info(model), language);
    }

    // "（仅8.1）" when only some sub-criteria of the indicator use the method (item 8: 问卷调查 is 8.1's alone).
    private string Only(Indicator indicator, string method, ReplyLanguage language)
    {
        var subs = indicator.SubCriteria.Where(sub => campaign.MethodsOf(sub).Contains(method)).Select(sub => sub.Id).ToList();
        return subs.Count == indicator.SubCriteria.Count ? string.Empty
            : Pick(language, $"（第{indicator.Number}项仅{List(language, subs)}）", $" (of indicator {indicator.Number} only {List(language, subs)})");
    }

    private static string? CategoryNote(Category category, ReplyLanguage language)
    {
        var inferred = category.NameInferred
            ? Pick(language, "类别名称原表缺失，是根据所含指标拟定的（推断）。", "This category's name is missing in the plan; it was written from its indicators (inferred).")
            : null;
        var notes = new[] { inferred, category.Note }.OfType<string>().ToList();
        return notes.Count == 0 ? null : string.Join(" ", notes);
    }

    private static List<LabeledValue> PointsFacts(Category category, int summed, ReplyLanguage language)
    {
        var facts = new List<LabeledValue>();
        var declared = category.DeclaredPoints is { } points ? Points(language, points) : Pick(language, "原表未标注", "not printed");
        facts.Add(new(Pick(language, "标注分值", "Printed total"), declared));
        facts.Add(new(Pick(language, "子项合计", "Sub-criteria add up to"), Points(language, summed)));
        return facts;
    }

    private static string PointsText(Category category, int summed, ReplyLanguage language) =>
        category.DeclaredPoints switch
        {
            null => Pick(language, $"子项合计{summed}分（原表未标注）", $"{summed} points (no printed total)"),
            var declared when declared != summed => Pick(language, $"标注{declared}分，子项合计{summed}分", $"printed {declared}, sub-criteria add up to {summed}"),
            var declared => Pick(language, $"{declared}分", $"{declared} points"),
        };

    private string CategorySummary(Category category, IReadOnlyList<Indicator> indicators, int summed, ReplyLanguage language) => Pick(language,
        $"第{category.Number}类 {CategoryName(language, category)}：{PointsText(category, summed, language)}，包括{Indicators(language, indicators.Select(indicator => indicator.Number))}。",
        $"Category {category.Number} {CategoryName(language, category)}: {PointsText(category, summed, language)}; {Indicators(language, indicators.Select(indicator => indicator.Number))}.");

    private List<Suggestion> BonusSuggestion(ReplyLanguage language) =>
        campaign.BonusRule is null ? [] : [new Suggestion(Pick(language, "加分项目", "Bonus points"), Pick(language, "加分", "bonus points"))];
}
