using CivilityBot.Cards.Answers;
using CivilityBot.Knowledge;

namespace CivilityBot.Knowledge.Answering;

/// <summary>Shared phrasing for replies in both languages. Names, departments and plan text stay Chinese in English.</summary>
internal static class Wording
{
    public static string Pick(ReplyLanguage language, string chinese, string english) =>
        language == ReplyLanguage.Chinese ? chinese : english;

    public static string List(ReplyLanguage language, IEnumerable<string> items) =>
        string.Join(Pick(language, "、", ", "), items);

    public static string Indicator(ReplyLanguage language, int number) => Pick(language, $"第{number}项", $"indicator {number}");

    public static string Indicators(ReplyLanguage language, IEnumerable<int> numbers)
    {
        var list = numbers.ToList();
        return Pick(language, $"第{NumberList.Format(list)}项", $"{(list.Count == 1 ? "indicator" : "indicators")} {NumberList.Format(list, ", ")}");
    }

    /// <summary>What a user types to ask for an indicator, in their language.</summary>
    public static string AskIndicator(ReplyLanguage language, int number) => Pick(language, $"第{number}项", $"item {number}");

    public static string Points(ReplyLanguage language, int points) =>
        Pick(language, $"{points}分", points == 1 ? "1 point" : $"{points} points");

    public static string Title(ReplyLanguage language, Indicator indicator) =>
        language == ReplyLanguage.English && indicator.TitleEn is { } english ? english : indicator.Title;

    /// <summary>"English title (中文标题)", or just the Chinese title when the data has no English one.</summary>
    public static string BothTitles(Indicator indicator) =>
        indicator.TitleEn is { } english ? $"{english} ({indicator.Title})" : indicator.Title;

    /// <summary>
    /// The category's name, marked when the document does not print it: "文明实践和社会公益（名称为推断）"; in English
    /// with its English name: "文明实践和社会公益 (Civilization practice…; name inferred)".
    /// </summary>
    public static string CategoryName(ReplyLanguage language, Category category) => language switch
    {
        ReplyLanguage.English when category.NameEn is { } english =>
            $"{category.Name} ({english}{(category.NameInferred ? "; name inferred" : string.Empty)})",
        ReplyLanguage.English => category.Name + (category.NameInferred ? " (name inferred)" : string.Empty),
        _ => category.Name + (category.NameInferred ? "（名称为推断）" : string.Empty),
    };

    public static string Methods(ReplyLanguage language, IEnumerable<string> methods) =>
        List(language, language == ReplyLanguage.Chinese ? methods : methods.Select(EnglishTerms.Method));

    /// <summary>"办公室 宋伟", "住保中心 雷方（推断）", "团委 宋衍（原文如此，疑为宋伟）".</summary>
    public static string Owner(ReplyLanguage language, Owner owner) => owner.Label(language);

    public static string Owners(ReplyLanguage language, IEnumerable<Owner> owners) =>
        List(language, owners.Select(owner => Owner(language, owner)));

    /// <summary>
    /// The reasons behind the inferred owners among <paramref name="owners"/>, one per owner: "住保中心 雷方：原表此处…".
    /// Empty when every owner is printed plainly.
    /// </summary>
    public static IEnumerable<string> InferenceNotes(ReplyLanguage language, IEnumerable<Owner> owners) =>
        owners.Where(owner => owner.Inferred || owner.Reading is not null).Distinct()
            .Select(owner => owner.Note is null
                ? Pick(language, $"{owner.Label(language)}：原表未列出，是整理数据时推断的。", $"{owner.Label(language)}: not printed in the plan's table.")
                : $"{owner.Label(language)}{Pick(language, "：", ": ")}{owner.Note}");

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An indicator as one clickable list entry: "第12项 …", detail "4分 · 办公室 宋伟".</summary>
    public static InfoLine IndicatorLine(ReplyLanguage language, Indicator indicator) => new(
        Pick(language, $"第{indicator.Number}项 {indicator.Title}", $"{indicator.Number}. {Title(language, indicator)}"),
        $"{Points(language, indicator.Points)} · {Owners(language, indicator.Owners)}",
        AskIndicator(language, indicator.Number));

    public static Suggestion Ask(string text) => new(text, text);

    public static Suggestion AskIndicatorButton(ReplyLanguage language, int number) =>
        new(Pick(language, $"第{number}项", $"Item {number}"), AskIndicator(language, number));

    public static Suggestion AskPerson(ReplyLanguage language, string person) =>
        new(Pick(language, $"{person}负责哪些", $"{person}'s items"), Pick(language, $"{person}负责哪些", $"what does {person} handle"));
}
