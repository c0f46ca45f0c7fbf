using CivilityBot.Knowledge;
using CivilityBot.People;

namespace CivilityBot.Knowledge.Answering;

/// <summary>Turns a resolved question into its reply by handing it to the right family of replies.</summary>
internal sealed class ReplyComposer(Campaign campaign, DataCheck dataCheck, GuidanceExamples examples, SuggestionPlanner planner)
{
    private readonly IndicatorReplies _indicators = new(campaign);
    private readonly PersonAnswers _people = new(campaign);
    private readonly OrganisationReplies _organisation = new(campaign);
    private readonly CampaignReplies _campaignReplies = new(campaign);
    private readonly PhaseReplies _phases = new(campaign);
    private readonly GuidanceReplies _guidance = new(campaign, dataCheck, examples);
    private readonly RelationReplies _relations = new(campaign);

    public KnowledgeReply Compose(QuestionIntent intent, ReplyLanguage language) => intent.Kind switch
    {
        IntentKind.Indicator => _indicators.Indicator(campaign.FindIndicator(intent.Number)!, language),
        IntentKind.Topic => Topic(intent, language),
        IntentKind.IndicatorOutOfRange => _guidance.OutOfRange(category: false, language),
        IntentKind.CategoryOutOfRange => _guidance.OutOfRange(category: true, language),
        IntentKind.Category => _campaignReplies.Category(campaign.FindCategory(intent.Number)!, language),
        IntentKind.AllCategories => _campaignReplies.AllCategories(language),
        IntentKind.Method => _campaignReplies.Method(intent.Name, language),
        IntentKind.Bonus => _campaignReplies.Bonus(language),
        IntentKind.Person => _people.Person(campaign.FindPerson(intent.Name)!, language),
        IntentKind.Department => _people.Department(intent.Name, language),
        IntentKind.WorkingGroup => _organisation.WorkingGroup(campaign.FindWorkingGroup(intent.Name)!, language, intent.FoundByTopic, intent.Candidates),
        IntentKind.AllWorkingGroups => _organisation.AllWorkingGroups(language),
        IntentKind.Leadership => _organisation.Leadership(intent.Name, language),
        IntentKind.PlanSection => _organisation.PlanSection(intent.Number, language, intent.Candidates),
        IntentKind.Relation => _relations.Relation((RelationKind)intent.Number, intent.Name, language),
        IntentKind.NearPerson => _guidance.NearPerson(intent.Name.Split('、'), language),
        IntentKind.DataCheck => _guidance.DataCheck(language),
        IntentKind.Welcome => _guidance.Welcome(language),
        _ => _guidance.Help(language),
    };

    public KnowledgeReply Phases(QuestionIntent intent, DateOnly today, ReplyLanguage language) =>
        _phases.Phases(intent.Number, today, language);

    public KnowledgeReply Unknown(string question, string normalized, ReplyLanguage language) =>
        _guidance.Unknown(question, planner.For(normalized, language), language);

    // A clear match shows the indicator itself; an unclear one lists the candidates to choose from.
    private KnowledgeReply Topic(QuestionIntent intent, ReplyLanguage language)
    {
        var best = campaign.FindIndicator(intent.Candidates[0])!;
        var alternatives = intent.Candidates.Skip(1).ToList();
        return intent.Number == 1 || alternatives.Count == 0
            ? _indicators.Indicator(best, language, alternatives)
            : _campaignReplies.Candidates(intent.Candidates, language);
    }
}
