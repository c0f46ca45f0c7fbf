using System.Text.RegularExpressions;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>
/// Reads the text of the table's cells: indicators "16)…（2分）" in 考评标准, "文明风尚行动 16 分" in 考评内容, and
/// lists of methods, departments and people, where two-character names are padded with a space ("石 勇").
/// </summary>
internal static partial class TaskTableText
{
    /// <summary>(indicator number or null for text continuing the previous indicator, its text) in order.</summary>
    public static IEnumerable<(int? Number, string Text)> Indicators(string criteria)
    {
        var matches = IndicatorMarker().Matches(criteria);
        var start = 0;
        int? number = null;
        foreach (Match match in matches)
        {
            if (match.Index > start || number is not null) yield return (number, criteria[start..match.Index]);
            number = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            start = match.Index + match.Length;
        }

        yield return (number, criteria[start..]);
    }

    /// <summary>The sub-criteria of an indicator's text: each ends with its points "（2分）".</summary>
    public static IEnumerable<(string Text, int Points)> SubCriteria(string text)
    {
        var start = 0;
        foreach (Match match in PointsMarker().Matches(text))
        {
            var body = Clean(text[start..match.Index]);
            if (body.Length > 0) yield return (body, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            start = match.Index + match.Length;
        }
    }

    /// <summary>"文明风尚行动 16 分" → (文明风尚行动, 16); "文化涵育单位" → (文化涵育单位, null); blank → (null, null).</summary>
    public static (string? Name, int? Points) Category(string content)
    {
        var text = Regex.Replace(content, @"\s+", string.Empty);
        var match = CategoryPoints().Match(text);
        return match.Success
            ? (NullIfEmpty(match.Groups[1].Value), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            : (NullIfEmpty(text), null);
    }

    /// <summary>Methods, departments: one per line or separated by spaces, "、" or commas.</summary>
    public static List<string> Items(string cell) =>
        [.. cell.Split(['\n', '\r', ' ', '\u3000', '、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>People: like <see cref="Items"/>, but single characters in a row are joined in pairs ("宋 伟" → 宋伟).</summary>
    public static List<string> People(string cell)
    {
        var names = new List<string>();
        foreach (var line in cell.Split(['\n', '\r', '、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var tokens = line.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < tokens.Length; i++)
            {
                var joins = tokens[i].Length == 1 && i + 1 < tokens.Length && tokens[i + 1].Length == 1;
                names.Add(joins ? tokens[i] + tokens[++i] : tokens[i]);
            }
        }

        return names;
    }

    /// <summary>A short title from the first clause of the first sub-criterion (the table prints none).</summary>
    public static string Title(string text)
    {
        var clause = text.Split(['，', '；', '。', ','])[0];
        return clause.Length <= 24 ? clause : clause[..24] + "…";
    }

    private static string Clean(string text) => text.Trim().TrimStart('；', '。', '：', ':', ';', '，', ' ').Trim();

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    // "16)", "16）" at the start or after a line break, a space or a sentence end.
    [GeneratedRegex(@"(?:^|(?<=[\s。；;：:]))(\d{1,3})\s*[)）]")]
    private static partial Regex IndicatorMarker();

    [GeneratedRegex(@"[（(]\s*(\d+)\s*分\s*[）)]")]
    private static partial Regex PointsMarker();

    [GeneratedRegex(@"^(.*?)(\d+)分$")]
    private static partial Regex CategoryPoints();
}
