using CivilityBot.Cards.Answers;
using static CivilityBot.Knowledge.Answering.Wording;

namespace CivilityBot.Knowledge.Answering;

/// <summary>
/// The buttons of a "did you mean" reply, computed from the question: the passages of the plan that share most with
/// it (indicators, groups, sections, phases), people whose surname it mentions, then the help examples
/// that share most characters with it, and always 帮助 last.
/// </summary>
internal sealed class SuggestionPlanner(Campaign campaign, TopicIndex topics, GuidanceExamples examples)
{
    public IReadOnlyList<Suggestion> For(string normalized, ReplyLanguage language)
    {
        var help = Ask(Pick(language, "帮助", "help"));
        var suggestions = Topics(normalized, language)
            .Concat(People(normalized, language))
            .Concat(Examples(normalized, language))
            .Where(suggestion => suggestion.Text != help.Text)
            .DistinctBy(suggestion => suggestion.Text)
            .Take(AnswerActions.MaxSuggestions - 1);
        return [.. suggestions, help];
    }

    private IEnumerable<Suggestion> Topics(string text, ReplyLanguage language) =>
        topics.Search(QuestionWords.Strip(text)).Take(2).Select(match => match.Kind switch
        {
            TopicKind.WorkingGroup => Ask(campaign.WorkingGroups.First(group => group.Number == match.Number).Name),
            TopicKind.Office => Ask(Pick(language, "领导小组办公室", "the leading group's office")),
            TopicKind.PlanSection => Ask(campaign.PlanSections[match.Number - 1].Title),
            TopicKind.Phase => Ask(campaign.Phases.First(phase => phase.Number == match.Number).Name),
            _ => AskIndicatorButton(language, match.Number),
        });

    private IEnumerable<Suggestion> People(string text, ReplyLanguage language) =>
        campaign.Roster
            .Select(person => (person.Name, Shared: person.Name.Count(text.Contains)))
            .Where(pair => pair.Shared > 0 && text.Contains(pair.Name[0], StringComparison.Ordinal))
            .OrderByDescending(pair => pair.Shared)
            .Take(2)
            .Select(pair => AskPerson(language, pair.Name));

    private IEnumerable<Suggestion> Examples(string text, ReplyLanguage language) =>
        examples.Lines(language)
            .Select((line, order) => (line, order, Shared: Overlap(text, line.AskText + line.Detail)))
            .OrderByDescending(entry => entry.Shared).ThenBy(entry => entry.order)
            .Select(entry => Ask(entry.line.AskText!));

    // Shared characters, Chinese ones and English words alike, as a rough measure of what the question is about.
    private static int Overlap(string text, string example)
    {
        var words = example.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return example.Where(ReplyLanguages.IsChinese).Distinct().Count(text.Contains)
            + words.Count(word => word.Length > 3 && Terms.Has(text, word));
    }
}
