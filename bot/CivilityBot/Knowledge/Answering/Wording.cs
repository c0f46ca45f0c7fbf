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

    public static string CategoryName(ReplyLanguage language, Category category) =>
        language == ReplyLanguage.English && category.NameEn is { } english ? $"{category.Name} ({english})" : category.Name;

    public static string Methods(ReplyLanguage language, IEnumerable<string> methods) =>
        List(language, language == ReplyLanguage.Chinese ? methods : methods.Select(EnglishTerms.Method));

    public static string Owner(ReplyLanguage language, Owner owner) =>
        $"{owner.Department} {owner.Person}" + (owner.Inferred ? Pick(language, "（推断）", " (inferred)") : string.Empty);

    public static string Owners(ReplyLanguage language, IEnumerable<Owner> owners) =>
        List(language, owners.Select(owner => Owner(language, owner)));

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
