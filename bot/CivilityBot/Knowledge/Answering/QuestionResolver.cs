using CivilityBot.Knowledge;

namespace CivilityBot.Knowledge.Answering;

/// <summary>
/// Decides what a normalized question asks, most specific reading first: commands, numbers, people and bodies,
/// keywords, then topic search; a question nothing recognises becomes "did you mean" with the nearest indicators.
/// </summary>
internal sealed class QuestionResolver(Campaign campaign, TopicIndex topics)
{
    /// <summary>The runner-up must score this share of the best match for the match to count as unclear.</summary>
    private const double UnclearRatio = 0.75;

    /// <summary>Indicators scoring at least this share of the best match are offered as alternatives.</summary>
    private const double AlternativeRatio = 0.5;

    private readonly EntityQuestions _entities = new(campaign);
    private readonly KeywordQuestions _keywords = new(campaign);

    public QuestionIntent Resolve(string text)
    {
        var matches = new Lazy<IReadOnlyList<TopicMatch>>(() => topics.Search(TopicQuery(text)));
        return KeywordQuestions.ReadCommand(text)
            ?? NumberQuestions.Read(text, campaign)
            ?? _entities.Read(text)
            ?? _keywords.Read(text)
            ?? Topic(matches.Value)
            ?? KeywordQuestions.ReadPoints(text)
            ?? new QuestionIntent(IntentKind.Unknown, Candidates: [.. matches.Value.Take(3).Select(match => match.Number)]);
    }

    /// <summary>The Chinese subject of the question plus the Chinese terms for any English topic words in it.</summary>
    private static string TopicQuery(string text)
    {
        var mapped = EnglishTerms.Topics.Where(entry => Terms.Has(text, entry.English)).Select(entry => entry.Chinese);
        return string.Join(' ', mapped.Prepend(QuestionWords.Strip(text)));
    }

    private static QuestionIntent? Topic(IReadOnlyList<TopicMatch> matches)
    {
        if (matches.Count == 0 || matches[0].Score < TopicIndex.MinimumScore) return null;
        var best = matches[0].Score;
        var clear = matches.Count == 1 || matches[1].Score < UnclearRatio * best;
        var candidates = matches.TakeWhile(match => match.Score >= AlternativeRatio * best).Take(4).Select(match => match.Number);
        return new QuestionIntent(IntentKind.Topic, clear ? 1 : 0, Candidates: [.. candidates]);
    }
}
