using System.Collections.Frozen;
using CivilityBot.Knowledge;

namespace CivilityBot.Knowledge.Answering;

/// <summary>
/// Finds passages of the plan by topic ("垃圾分类", "志愿者注册比例", "食堂") with character bigrams weighted by inverse
/// document frequency: a bigram found in one passage ("垃圾") counts far more than one found in most ("文明"). A bigram
/// that a passage repeats counts a little more (1 + ¼·ln of its count), so "督查" finds the 督查考核组 before a group
/// that mentions supervision once. Chinese needs no word segmentation for this; see the measurement note in the tests.
/// </summary>
internal sealed class TopicIndex
{
    /// <summary>Below this a match rests on common bigrams only and is not worth showing as an answer.</summary>
    public const double MinimumScore = 2.0;

    /// <summary>How much a repeated bigram adds: enough to break ties, too little to lift a common word over the threshold.</summary>
    private const double RepeatWeight = 0.25;

    private readonly TopicDocument[] _documents;
    private readonly FrozenDictionary<string, (double Weight, (int Document, double Frequency)[] Postings)> _postings;

    public TopicIndex(IEnumerable<TopicDocument> documents)
    {
        _documents = [.. documents];
        var counts = _documents.Select(document => Bigrams(document.Text).CountBy(bigram => bigram).ToArray()).ToArray();
        _postings = counts
            .SelectMany((bigrams, index) => bigrams.Select(pair => (pair.Key, index, Frequency: 1 + (RepeatWeight * Math.Log(pair.Value)))))
            .GroupBy(entry => entry.Key)
            .ToFrozenDictionary(
                group => group.Key,
                group => (Math.Log(1 + ((double)_documents.Length / group.Count())), group.Select(entry => (entry.index, entry.Frequency)).ToArray()));
    }

    /// <summary>An index over every passage of the campaign (see <see cref="TopicDocument.Of"/>).</summary>
    public static TopicIndex Over(Campaign campaign) => new(TopicDocument.Of(campaign));

    /// <summary>Passages ranked by score, best first; only those with a positive score.</summary>
    public IReadOnlyList<TopicMatch> Search(string query)
    {
        var scores = new double[_documents.Length];
        foreach (var bigram in Bigrams(query).Distinct())
        {
            if (!_postings.TryGetValue(bigram, out var posting)) continue;
            foreach (var (document, frequency) in posting.Postings) scores[document] += posting.Weight * frequency;
        }

        return [.. scores
            .Select((score, index) => new TopicMatch(_documents[index].Number, score, _documents[index].Kind))
            .Where(match => match.Score > 0)
            .OrderByDescending(match => match.Score)
            .ThenBy(match => match.Kind)
            .ThenBy(match => match.Number)];
    }

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
