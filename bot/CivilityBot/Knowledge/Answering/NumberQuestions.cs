using System.Text.RegularExpressions;
using CivilityBot.Knowledge;

namespace CivilityBot.Knowledge.Answering;

/// <summary>
/// Finds indicator, category and phase numbers in every form people type: 16, 第16项, 16项, 16号, 第十六项, 二十八,
/// item 16, #16, No. 16, indicator 16, 16.1, 第5类, category 5, 第一阶段, phase 3.
/// </summary>
internal static partial class NumberQuestions
{
    private const string Number = @"(\d+|[零〇一二两三四五六七八九十百千万亿]+)";

    // "哪一项", "每一项", "这一类" are not numbers.
    private const string NotAfter = @"(?<![哪每这那任某各])";

    public static QuestionIntent? Read(string text, Campaign campaign)
    {
        if (Match(CategoryPattern(), text) is { } category) return Category(category, campaign);
        if (Match(PhasePattern(), text) is { } phase) return new QuestionIntent(IntentKind.Phases, (int)Math.Min(phase, int.MaxValue));
        var indicator = Match(IndicatorPattern(), text)
            ?? Match(BareNumberPattern(), text)
            ?? Match(SubCriterionPattern(), text)
            ?? Match(LooseDigitsPattern(), text);
        return indicator is { } number ? Indicator(number, campaign) : null;
    }

    private static QuestionIntent Indicator(long number, Campaign campaign) =>
        number >= 1 && number <= campaign.Indicators.Count
            ? new QuestionIntent(IntentKind.Indicator, (int)number)
            : new QuestionIntent(IntentKind.IndicatorOutOfRange);

    private static QuestionIntent Category(long number, Campaign campaign) =>
        number <= int.MaxValue && campaign.FindCategory((int)number) is not null
            ? new QuestionIntent(IntentKind.Category, (int)number)
            : new QuestionIntent(IntentKind.CategoryOutOfRange);

    private static long? Match(Regex pattern, string text)
    {
        var match = pattern.Match(text);
        if (!match.Success) return null;
        var group = match.Groups.Values.Skip(1).First(candidate => candidate.Success);
        return ChineseNumerals.Parse(group.Value);
    }

    [GeneratedRegex(@"第\s*" + Number + @"\s*大?类|" + NotAfter + Number + @"\s*大?类|\bcategor(?:y|ies)\s*(?:no\.?|#)?\s*(\d+)|\bcat\.?\s*(\d+)")]
    private static partial Regex CategoryPattern();

    [GeneratedRegex(@"第\s*" + Number + @"\s*个?阶段|\b(?:phase|stage|step)\s*#?\s*(\d+)")]
    private static partial Regex PhasePattern();

    [GeneratedRegex(@"第\s*" + Number + @"|" + NotAfter + Number + @"\s*(?:项|号)|(?:\bitem|\bindicator|\bno\.?|\bnumber|\bnum|#)\s*#?\s*(\d+)")]
    private static partial Regex IndicatorPattern();

    // A question that is just a number, possibly followed by its asking part: "二十八", "16谁负责", "十六是什么".
    [GeneratedRegex(@"^" + Number + @"\s*(?:$|谁|是|有|要|的|怎么|什么|哪|负责|多少|几|呢|吗|,|who|what|which|owner|please)")]
    private static partial Regex BareNumberPattern();

    // A sub-criterion id ("16.1") leads to its indicator.
    [GeneratedRegex(@"(?<![\d.])(\d+)\.\d{1,2}(?![\d.%])")]
    private static partial Regex SubCriterionPattern();

    // A number standing alone in a sentence ("who owns 16"), but not a date, a percentage or a points figure.
    [GeneratedRegex(@"(?<![\d.])(\d+)(?![\d.%]|\s*(?:分|年|月|日|天|人|个|%|points?|pts|percent|th\b|st\b|nd\b|rd\b))")]
    private static partial Regex LooseDigitsPattern();
}
