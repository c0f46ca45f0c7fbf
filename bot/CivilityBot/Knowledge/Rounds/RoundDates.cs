using System.Globalization;
using System.Text.RegularExpressions;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>
/// Reads the new round's dates as a coordinator writes them: either the whole round, "2026-03-01 2026-06-30" (each
/// phase then keeps its share of the old round's span, in order and without gaps), or one range per phase,
/// "2026-03-01至2026-03-31 2026-04-01至2026-06-20 2026-06-21至2026-06-30". Dates are local, inclusive.
/// </summary>
public static class RoundDates
{
    public const string Usage = "日期请写作“开始新一轮 2026-03-01 2026-06-30”（整轮起止），或每个阶段一段“2026-03-01至2026-03-31”。";

    /// <summary>One (start, end) per phase of <paramref name="current"/>, or the Chinese reason the text cannot be read.</summary>
    public static (IReadOnlyList<(DateOnly Start, DateOnly End)>? Dates, string? Problem) Read(Campaign current, string text)
    {
        var matches = RoundCommandPatterns.Dates().Matches(text);
        var leftover = RoundCommandPatterns.Dates().Replace(text, string.Empty).Trim(' ', '\u3000', ',', '，', '、', ';', '；');
        if (matches.Count == 0 || leftover.Length > 0) return (null, Usage);
        if (matches.All(match => !match.Groups[2].Success) && matches.Count == 2)
        {
            return Whole(current, Date(matches[0].Groups[1]), Date(matches[1].Groups[1]));
        }

        if (matches.Any(match => !match.Groups[2].Success)) return (null, Usage);
        if (matches.Count != current.Phases.Count) return (null, $"本方案有{current.Phases.Count}个阶段，请给出{current.Phases.Count}段日期，或只写整轮的起止日期。");
        var ranges = matches.Select(match => (Date(match.Groups[1]), Date(match.Groups[2]))).ToList();
        return ranges.Any(range => range.Item1 is null || range.Item2 is null || range.Item2 < range.Item1)
            ? (null, "有日期无法识别，或结束早于开始。" + Usage)
            : ([.. ranges.Select(range => (range.Item1!.Value, range.Item2!.Value))], null);
    }

    private static (IReadOnlyList<(DateOnly, DateOnly)>?, string?) Whole(Campaign current, DateOnly? start, DateOnly? end)
    {
        if (start is not { } first || end is not { } last) return (null, "有日期无法识别。" + Usage);
        var phases = current.Phases.OrderBy(phase => phase.Start).ToList();
        if (last.DayNumber - first.DayNumber + 1 < phases.Count) return (null, $"结束日期须晚于开始日期，且整轮至少{phases.Count}天（每个阶段至少一天）。");
        var oldStart = phases[0].Start.DayNumber;
        var oldSpan = (double)(phases.Max(phase => phase.End).DayNumber - oldStart + 1);
        var newSpan = last.DayNumber - first.DayNumber + 1;
        int Scale(int day) => (int)Math.Round((day - oldStart) * newSpan / oldSpan, MidpointRounding.AwayFromZero);
        var dates = new List<(DateOnly, DateOnly)>();
        for (var index = 0; index < phases.Count; index++)
        {
            var from = Math.Max(Scale(phases[index].Start.DayNumber), dates.Count == 0 ? 0 : dates[^1].Item2.DayNumber - first.DayNumber + 1);
            var to = index == phases.Count - 1 ? newSpan - 1 : Math.Max(from, Scale(phases[index].End.DayNumber + 1) - 1);
            to = Math.Min(to, newSpan - 1 - (phases.Count - 1 - index)); // leave at least a day for each later phase
            dates.Add((first.AddDays(from), first.AddDays(Math.Max(from, to))));
        }

        return (dates, null);
    }

    private static DateOnly? Date(Group group) =>
        DateOnly.TryParseExact(group.Value, ["yyyy-M-d", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
