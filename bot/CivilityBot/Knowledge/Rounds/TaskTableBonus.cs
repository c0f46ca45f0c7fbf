using System.Text.RegularExpressions;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>Reads the 特色加分项目 rows: the rule text, its note ("注：…"), the points per honour and the cap.</summary>
internal static partial class TaskTableBonus
{
    public static BonusRule Read(IReadOnlyList<TaskTableRow> rows, IReadOnlyList<Owner> owners)
    {
        var text = rows.Select(row => row.Criteria).First(criteria => criteria.Length > 0);
        var parts = text.Split("注：", 2);
        var rule = parts[0].Trim();
        return new BonusRule(
            "特色加分项目",
            rule,
            parts.Length > 1 ? parts[1].Trim() : null,
            Number(NationalPoints(), rule, 2),
            Number(ProvincialPoints(), rule, 1),
            Number(MaxPoints(), rule, 10),
            [.. rows.SelectMany(row => TaskTableText.Items(row.Methods)).Distinct()],
            owners);
    }

    private static int Number(Regex pattern, string text, int fallback) =>
        pattern.Match(text) is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    [GeneratedRegex(@"国家级[^。；]*?加(\d+)分")]
    private static partial Regex NationalPoints();

    [GeneratedRegex(@"省部级[^。；]*?加(\d+)分")]
    private static partial Regex ProvincialPoints();

    [GeneratedRegex(@"最多加(\d+)分")]
    private static partial Regex MaxPoints();
}
