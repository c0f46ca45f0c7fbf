using CivilityBot.Knowledge;

namespace CivilityBot.Knowledge.Answering;

/// <summary>
/// Decides what a normalized question asks for. Order matters: whole-message commands, then numbers, then a named
/// person's relations, then names (groups, people, roles, departments, plan sections), then keywords, then a topic
/// search over all of the plan's text, then a name typed one character wrong, and "did you mean" last.
/// </summary>
internal sealed class QuestionResolver(Campaign campaign, TopicIndex topics)
{
    /// <summary>The runner-up must score this share of the best match for the match to count as unclear.</summary>
    private const double UnclearRatio = 0.75;

    /// <summary>Indicators scoring at least this share of the best match are offered as alternatives.</summary>
    private const double AlternativeRatio = 0.5;

    private readonly EntityQuestions _entities = new(campaign);
    private readonly KeywordQuestions _keywords = new(campaign);
    private readonly RelationQuestions _relations = new(campaign);
    private readonly NearNames _near = new(campaign);

    public QuestionIntent Resolve(string text)
    {
        var matches = new Lazy<IReadOnlyList<TopicMatch>>(() => topics.Search(TopicQuery(text)));
        return KeywordQuestions.ReadCommand(text)
            ?? NumberQuestions.Read(text, campaign)
            ?? _relations.Read(text)
            ?? _entities.Read(text)
            ?? PlanSection(text)
            ?? _keywords.Read(text)
            ?? Topic(matches.Value)
            ?? KeywordQuestions.ReadPoints(text)
            ?? NearPerson(text)
            ?? new QuestionIntent(IntentKind.Unknown);
    }

    /// <summary>The Chinese subject of the question plus the Chinese terms for any English topic words in it.</summary>
    private static string TopicQuery(string text)
    {
        var mapped = EnglishTerms.Topics.Where(entry => Terms.Has(text, entry.English)).Select(entry => entry.Chinese);
        return string.Join(' ', mapped.Prepend(QuestionWords.Strip(text)));
    }

    private QuestionIntent? PlanSection(string text)
    {
        var index = campaign.PlanSections.ToList().FindIndex(section => text.Contains(section.Title, StringComparison.Ordinal));
        return index < 0 ? null : new QuestionIntent(IntentKind.PlanSection, index + 1);
    }

    private QuestionIntent? NearPerson(string text) =>
        _near.Find(text) is { Count: > 0 } names ? new QuestionIntent(IntentKind.NearPerson, Name: string.Join('、', names)) : null;

    // The best passage answers; an indicator whose match is unclear lists the candidates instead.
    private QuestionIntent? Topic(IReadOnlyList<TopicMatch> matches)
    {
        if (matches.Count == 0 || matches[0].Score < TopicIndex.MinimumScore) return null;
        var best = matches[0];
        var close = matches.TakeWhile(match => match.Score >= AlternativeRatio * best.Score).ToList();
        var indicators = close.Where(match => match.Kind == TopicKind.Indicator && match != best).Select(match => match.Number).Take(3).ToList();
        return best.Kind switch
        {
            TopicKind.WorkingGroup => new QuestionIntent(IntentKind.WorkingGroup, best.Number,
                campaign.WorkingGroups.First(group => group.Number == best.Number).Name, indicators) { FoundByTopic = true },
            TopicKind.Office => new QuestionIntent(IntentKind.Leadership, Name: LeadershipRole.Office) { FoundByTopic = true },
            TopicKind.PlanSection => new QuestionIntent(IntentKind.PlanSection, best.Number, Candidates: indicators) { FoundByTopic = true },
            TopicKind.Phase => new QuestionIntent(IntentKind.Phases, best.Number),
            _ => IndicatorTopic(best, matches, [best.Number, .. indicators]),
        };
    }

    private static QuestionIntent IndicatorTopic(TopicMatch best, IReadOnlyList<TopicMatch> matches, List<int> candidates)
    {
        var clear = matches.Count == 1 || matches[1].Score < UnclearRatio * best.Score;
        return new QuestionIntent(IntentKind.Topic, clear ? 1 : 0, Candidates: candidates);
    }
}
