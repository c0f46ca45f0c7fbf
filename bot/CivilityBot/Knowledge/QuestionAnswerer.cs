using System.Collections.Concurrent;
using CivilityBot.Knowledge.Answering;

namespace CivilityBot.Knowledge;

/// <summary>
/// Answers questions about the current plan, offline and deterministically. Never throws for user input: anything it
/// cannot place gets a "did you mean". Replies that do not depend on the date are built once and cached; the cache,
/// the topic index and the resolver are rebuilt when the plan changes (<see cref="IPlan.Version"/>).
/// </summary>
public sealed class QuestionAnswerer(IPlan plan, DataCheck dataCheck, BureauClock clock)
{
    private Engine? _engine;

    public KnowledgeReply Answer(string text)
    {
        var engine = Current();
        var question = text ?? string.Empty;
        var language = ReplyLanguages.FromText(question);
        var normalized = TextNormalizer.Normalize(question);
        var intent = engine.Resolver.Resolve(normalized);
        return intent.Kind switch
        {
            IntentKind.Phases => engine.Composer.Phases(intent, clock.Today, language),
            IntentKind.Unknown => engine.Composer.Unknown(question.Trim(), normalized, language),
            _ => engine.Cached(intent, language),
        };
    }

    public KnowledgeReply Help(ReplyLanguage language) => Answer(IntentKind.Help, language);

    public KnowledgeReply Welcome(ReplyLanguage language) => Answer(IntentKind.Welcome, language);

    public KnowledgeReply DataCheckReply(ReplyLanguage language) => Answer(IntentKind.DataCheck, language);

    private KnowledgeReply Answer(IntentKind kind, ReplyLanguage language) => Current().Cached(new QuestionIntent(kind), language);

    // Read the version before the campaign: a change in between only makes the next turn rebuild once more.
    private Engine Current()
    {
        var version = plan.Version;
        var engine = Volatile.Read(ref _engine);
        if (engine is not null && engine.Version == version) return engine;
        var rebuilt = Engine.Build(version, plan.Current, dataCheck);
        Volatile.Write(ref _engine, rebuilt);
        return rebuilt;
    }

    /// <summary>Everything built from one plan snapshot, replaced whole when the plan changes.</summary>
    private sealed record Engine(int Version, Campaign Campaign, QuestionResolver Resolver, ReplyComposer Composer)
    {
        private readonly ConcurrentDictionary<(string Key, ReplyLanguage Language), KnowledgeReply> _cache = new();

        public static Engine Build(int version, Campaign campaign, DataCheck dataCheck)
        {
            var topics = TopicIndex.Over(campaign);
            var examples = new GuidanceExamples(campaign, topics);
            return new Engine(version, campaign, new QuestionResolver(campaign, topics),
                new ReplyComposer(campaign, dataCheck, examples, new SuggestionPlanner(campaign, topics, examples)));
        }

        public KnowledgeReply Cached(QuestionIntent intent, ReplyLanguage language) =>
            _cache.GetOrAdd((intent.CacheKey, language), key => Composer.Compose(intent, key.Language));
    }
}
