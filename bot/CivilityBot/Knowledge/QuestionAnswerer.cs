using System.Collections.Concurrent;
using CivilityBot.Knowledge.Answering;

namespace CivilityBot.Knowledge;

/// <summary>
/// Answers questions about the campaign, offline and deterministically. Never throws for user input: anything it
/// cannot place gets a "did you mean". Replies that do not depend on the date are built once and cached.
/// </summary>
public sealed class QuestionAnswerer
{
    private readonly Campaign _campaign;
    private readonly BureauClock _clock;
    private readonly QuestionResolver _resolver;
    private readonly ReplyComposer _composer;
    private readonly ConcurrentDictionary<(string Key, ReplyLanguage Language), KnowledgeReply> _cache = new();

    public QuestionAnswerer(Campaign campaign, DataCheck dataCheck, BureauClock clock)
    {
        _campaign = campaign;
        _clock = clock;
        var topics = TopicIndex.Over(campaign);
        _resolver = new QuestionResolver(campaign, topics);
        var examples = new GuidanceExamples(campaign, topics);
        _composer = new ReplyComposer(campaign, dataCheck, examples, new SuggestionPlanner(campaign, topics, examples));
    }

    public KnowledgeReply Answer(string text)
    {
        var question = text ?? string.Empty;
        var language = ReplyLanguages.FromText(question);
        var normalized = TextNormalizer.Normalize(question);
        var intent = _resolver.Resolve(normalized);
        return intent.Kind switch
        {
            IntentKind.Phases => _composer.Phases(intent, _clock.Today, language),
            IntentKind.Unknown => _composer.Unknown(question.Trim(), normalized, language),
            _ => _cache.GetOrAdd((intent.CacheKey, language), key => _composer.Compose(intent, key.Language)),
        };
    }

    public KnowledgeReply Help(ReplyLanguage language) => Answer(IntentKind.Help, language);

    public KnowledgeReply Welcome(ReplyLanguage language) => Answer(IntentKind.Welcome, language);

    public KnowledgeReply DataCheckReply(ReplyLanguage language) => Answer(IntentKind.DataCheck, language);

    private KnowledgeReply Answer(IntentKind kind, ReplyLanguage language) => Answer(new QuestionIntent(kind), language);

    private KnowledgeReply Answer(QuestionIntent intent, ReplyLanguage language) =>
        _cache.GetOrAdd((intent.CacheKey, language), key => _composer.Compose(intent, key.Language));
}
