using CivilityBot.Cards.Answers;
using static CivilityBot.Knowledge.Answering.Wording;

namespace CivilityBot.Knowledge.Answering;

/// <summary>Answers about a person's relations: superiors, deputies, who shares their items, who leads their group.</summary>
internal sealed class RelationReplies(Campaign campaign)
{
    private readonly PersonPositions _positions = new(campaign);

    public KnowledgeReply Relation(RelationKind kind, string person, ReplyLanguage language) => kind switch
    {
        RelationKind.Superior => Positions(person, language, Pick(language, $"{person}的上级", $"Who {person} answers to"),
            [.. _positions.Superiors(person, language)],
            Pick(language, $"方案没有写出{person}的上级：{person}不在领导小组、办公室或工作组中。", $"The plan names no superior of {person}: {person} is not in the leading group, its office or a working group.")),
        RelationKind.Deputy => Positions(person, language, Pick(language, $"{person}的副手", $"Deputies of {person}"),
            [.. _positions.Deputies(person, language)],
            Pick(language, $"方案没有写{person}的副手，{person}也不是谁的副手。", $"The plan names no deputy of {person}, nor is {person} anyone's deputy.")),
        RelationKind.GroupLead => Positions(person, language, Pick(language, $"{person}所在的组", $"Groups of {person}"),
            [.. _positions.Groups(person, language)],
            Pick(language, $"{person}不在任何工作组、领导小组办公室或领导小组中。", $"{person} is in no working group, nor in the leading group or its office.")),
        _ => SharedItems(person, language),
    };

    private KnowledgeReply Positions(string person, ReplyLanguage language, string title, List<(string Label, string Value)> lines, string none)
    {
        var facts = lines.Select(line => new LabeledValue(line.Label, line.Value)).ToList();
        var model = new InfoCardModel(title, facts, [], Suggestions(person, language))
        {
            Text = lines.Count == 0 ? none : null,
            Footnote = Departments(person, language),
        };
        var summary = lines.Count == 0
            ? none
            : $"{title}{Pick(language, "：", ": ")}" + string.Join(Pick(language, "；", "; "), lines.Select(line => $"{line.Label}{Pick(language, "——", " — ")}{line.Value}")) + Pick(language, "。", ".");
        return new KnowledgeReply(summary, AnswerCards.Info(model), language);
    }

    // Everyone who owns one of the person's sub-criteria too, with the indicators they share (and the bonus rule).
    private KnowledgeReply SharedItems(string person, ReplyLanguage language)
    {
        var shared = campaign.Indicators
            .SelectMany(indicator => indicator.SubCriteria
                .Where(sub => campaign.OwnersOf(sub).Any(owner => owner.Person == person))
                .SelectMany(sub => campaign.OwnersOf(sub).Where(owner => owner.Person != person).Select(owner => (owner, indicator.Number))))
            .GroupBy(pair => pair.owner.Person)
            .Select(group => (Person: group.Key, Label: SharedLabel(group.Select(pair => pair.owner), language), Numbers: group.Select(pair => pair.Number).Distinct().ToList()))
            .OrderByDescending(entry => entry.Numbers.Count).ThenBy(entry => entry.Numbers[0])
            .ToList();
        var bonus = campaign.BonusRule is { } rule && rule.Owners.Any(owner => owner.Person == person)
            ? rule.Owners.Where(owner => owner.Person != person).Select(owner => owner.Person).Distinct().ToList()
            : [];
        var lines = shared.Select(entry => new InfoLine(entry.Label, Indicators(language, entry.Numbers), Pick(language, $"{entry.Person}负责哪些", $"what does {entry.Person} handle"))).ToList();
        if (bonus.Count > 0) lines.Add(new InfoLine(List(language, bonus), campaign.BonusRule!.Name, Pick(language, "加分", "bonus points")));
        var title = Pick(language, $"与{person}共同负责的人", $"Who shares items with {person}");
        var model = new InfoCardModel(title, [], [new InfoSection(Pick(language, $"{shared.Count}人", $"{shared.Count} people"), lines)], Suggestions(person, language))
        {
            Text = lines.Count == 0 ? Pick(language, $"{person}负责的子项都由其本人单独负责。", $"{person} owns every sub-criterion alone.") : null,
            Footnote = InferenceNotes(language, shared.SelectMany(entry => ReadingsOf(entry.Person))).FirstOrDefault(),
        };
        var summary = lines.Count == 0
            ? model.Text!
            : $"{title}{Pick(language, "：", ": ")}" + string.Join(Pick(language, "；", "; "), lines.Select(line => $"{line.Text}{Pick(language, "（", " (")}{line.Detail}{Pick(language, "）", ")")}"));
        return new KnowledgeReply(summary, AnswerCards.Info(model), language);
    }

    // A co-owner is marked only when every shared item rests on the reading (郭立芳 is printed for 24–26, inferred for 6–7).
    private static string SharedLabel(IEnumerable<Owner> owners, ReplyLanguage language)
    {
        var list = owners.ToList();
        return list.All(owner => owner.Inferred || owner.Reading is not null) ? list[0].PersonLabel(language) : list[0].Person;
    }

    private IEnumerable<Owner> ReadingsOf(string person) =>
        campaign.Indicators.SelectMany(indicator => indicator.Owners).Where(owner => owner.Person == person && (owner.Inferred || owner.Reading is not null));

    private string? Departments(string person, ReplyLanguage language) =>
        campaign.FindPerson(person) is { Departments.Count: > 0 } roster
            ? Pick(language, $"{person}所在科室：{List(language, roster.Departments)}。", $"{person}'s department: {List(language, roster.Departments)}.")
            : null;

    private static List<Suggestion> Suggestions(string person, ReplyLanguage language) =>
    [
        AskPerson(language, person),
        Ask(Pick(language, $"{person}的上级是谁", $"who is {person}'s superior")),
        Ask(Pick(language, $"谁和{person}一起负责", $"who works with {person}")),
        Ask(Pick(language, $"{person}所在的组谁负责", $"who leads {person}'s group")),
    ];
}
