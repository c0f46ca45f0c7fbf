using System.Collections.Frozen;
using CivilityBot.Knowledge;

namespace CivilityBot.Knowledge.Answering;

/// <summary>
/// Finds indicators by topic ("垃圾分类", "志愿者注册比例") with character bigrams weighted by inverse document
/// frequency: a bigram found in one indicator ("垃圾") counts far more than one found in most ("文明").
/// Chinese needs no word segmentation for this; see the measurement note in the question tests.
/// </summary>
internal sealed class TopicIndex
{
    /// <summary>Below this a match rests on common bigrams only and is not worth showing as an answer.</summary>
    public const double MinimumScore = 2.0;

    private readonly int[] _numbers;
    private readonly FrozenDictionary<string, (double Weight, int[] Documents)> _postings;

    public TopicIndex(IReadOnlyList<Indicator> indicators)
    {
        _numbers = [.. indicators.Select(indicator => indicator.Number)];
        var documents = indicators.Select(indicator => Bigrams(Text(indicator)).ToHashSet()).ToArray();
        _postings = documents
            .SelectMany((bigrams, index) => bigrams.Select(bigram => (bigram, index)))
            .GroupBy(pair => pair.bigram, pair => pair.index)
            .ToFrozenDictionary(
                group => group.Key,
                group => (Math.Log(1 + ((double)documents.Length / group.Count())), group.ToArray()));
    }

    /// <summary>Indicators ranked by score, best first; only those with a positive score.</summary>
    public IReadOnlyList<TopicMatch> Search(string query)
    {
        var scores = new double[_numbers.Length];
        foreach (var bigram in Bigrams(query).Distinct())
        {
            if (!_postings.TryGetValue(bigram, out var posting)) continue;
            foreach (var document in posting.Documents) scores[document] += posting.Weight;
        }

        return [.. scores
            .Select((score, index) => new TopicMatch(_numbers[index], score))
            .Where(match => match.Score > 0)
            .OrderByDescending(match => match.Score)
            .ThenBy(match => match.Number)];
    }

    private static string Text(Indicator indicator) =>
        indicator.Title + "。" + string.Join("。", indicator.SubCriteria.Select(sub => sub.Text));

    // Also pairs characters across an enumeration comma, so "冷、硬、拖、卡" is found by "冷硬拖卡".
    private static IEnumerable<string> Bigrams(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (!ReplyLanguages.IsChinese(text[i])) continue;
            if (ReplyLanguages.IsChinese(text[i + 1])) yield return text.Substring(i, 2);
            else if (text[i + 1] == '、' && i + 2 < text.Length && ReplyLanguages.IsChinese(text[i + 2])) yield return $"{text[i]}{text[i + 2]}";
        }
    }
}
