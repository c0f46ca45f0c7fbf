using CivilityBot.Cards.Answers;
using CivilityBot.Knowledge;
using CivilityBot.People;
using static CivilityBot.Knowledge.Answering.Wording;

namespace CivilityBot.Knowledge.Answering;

/// <summary>Answers about a person (roles, groups, indicators) and a department (people, indicators).</summary>
internal sealed class PeopleReplies(Campaign campaign)
{
    public KnowledgeReply Person(RosterPerson person, ReplyLanguage language)
    {
        var owned = campaign.IndicatorsOwnedBy(person.Name);
        var ownsBonus = campaign.BonusRule?.Owners.Any(owner => owner.Person == person.Name) == true;
        var facts = new List<LabeledValue>();
        if (person.Departments.Count > 0) facts.Add(new(Pick(language, "科室", "Department"), List(language, person.Departments)));
        if (person.Roles.Count > 0) facts.Add(new(Pick(language, "角色", "Roles"), List(language, person.Roles)));
        var lines = owned.Select(indicator => IndicatorLine(language, indicator)).ToList();
        if (ownsBonus) lines.Add(new InfoLine(campaign.BonusRule!.Name, Pick(language, "加分项", "Bonus points"), Pick(language, "加分", "bonus points")));
        var model = new InfoCardModel(
            person.Name,
            facts,
            [new InfoSection(OwnedHeading(language, owned), lines)],
            Suggestions(language, person, owned))
        {
            Text = owned.Count == 0 && !ownsBonus ? Pick(language, "不直接负责测评指标。", "Owns no indicator directly.") : null,
        };
        return new KnowledgeReply(PersonSummary(person, owned, ownsBonus, language), AnswerCards.Info(model), language);
    }

    public KnowledgeReply Department(string department, ReplyLanguage language)
    {
        var owned = campaign.IndicatorsOfDepartment(department);
        var people = owned.SelectMany(indicator => indicator.Owners).Where(owner => owner.Department == department)
            .Select(owner => owner.Person)
            .Concat(campaign.Roster.Where(person => person.Departments.Contains(department)).Select(person => person.Name))
            .Distinct()
            .ToList();
        var groups = campaign.WorkingGroups.Where(group => group.MemberUnits.Contains(department)).Select(group => group.Name).ToList();
        var facts = new List<LabeledValue>();
        if (people.Count > 0) facts.Add(new(Pick(language, "责任人", "People"), List(language, people)));
        if (groups.Count > 0) facts.Add(new(Pick(language, "成员单位", "Member unit of"), List(language, groups)));
        var model = new InfoCardModel(
            department,
            facts,
            [new InfoSection(OwnedHeading(language, owned), [.. owned.Select(indicator => IndicatorLine(language, indicator))])],
            [.. people.Take(AnswerActions.MaxSuggestions).Select(person => AskPerson(language, person))])
        {
            Text = owned.Count == 0 ? Pick(language, "不直接负责测评指标。", "Owns no indicator directly.") : null,
        };
        var summary = owned.Count == 0
            ? Pick(language, $"{department}不直接负责测评指标。", $"{department} owns no indicator directly.")
            : Pick(language,
                $"{department}负责{owned.Count}项指标：{IndicatorTitles(language, owned)}。责任人：{List(language, people)}。",
                $"{department} owns {owned.Count} indicator(s): {IndicatorTitles(language, owned)}. People: {List(language, people)}.");
        return new KnowledgeReply(summary, AnswerCards.Info(model), language);
    }

    private static string OwnedHeading(ReplyLanguage language, IReadOnlyList<Indicator> owned) =>
        Pick(language,
            $"负责的指标（{owned.Count}项，共{owned.Sum(indicator => indicator.Points)}分）",
            $"Indicators owned ({owned.Count}, {owned.Sum(indicator => indicator.Points)} points)");

    private static string IndicatorTitles(ReplyLanguage language, IReadOnlyList<Indicator> indicators) =>
        List(language, indicators.Select(indicator => Pick(language,
            $"第{indicator.Number}项 {indicator.Title}",
            $"{indicator.Number} {Title(language, indicator)}")));

    private static string PersonSummary(RosterPerson person, IReadOnlyList<Indicator> owned, bool ownsBonus, ReplyLanguage language)
    {
        var where = person.Departments.Count == 0 ? string.Empty : $"（{List(language, person.Departments)}）";
        var whereEn = person.Departments.Count == 0 ? string.Empty : $" ({List(language, person.Departments)})";
        var roles = person.Roles.Count == 0 ? string.Empty : Pick(language, $"角色：{List(language, person.Roles)}。", $"Roles: {List(language, person.Roles)}. ");
        var items = owned.Count == 0
            ? Pick(language, "不直接负责测评指标", "Owns no indicator directly")
            : Pick(language, $"负责{owned.Count}项指标：{IndicatorTitles(language, owned)}", $"Owns {owned.Count} indicator(s): {IndicatorTitles(language, owned)}");
        var bonus = ownsBonus ? Pick(language, "；另负责特色加分项目", "; also the bonus points") : string.Empty;
        return Pick(language, $"{person.Name}{where}。{roles}{items}{bonus}。", $"{person.Name}{whereEn}. {roles}{items}{bonus}.");
    }

    private List<Suggestion> Suggestions(ReplyLanguage language, RosterPerson person, IReadOnlyList<Indicator> owned)
    {
        var groups = campaign.WorkingGroupsOf(person.Name).Select(group => Ask(group.Name));
        var departments = person.Departments.Select(department =>
            new Suggestion(department, Pick(language, $"{department}负责哪些", $"what does {department} handle")));
        var first = owned.Take(2).Select(indicator => AskIndicatorButton(language, indicator.Number));
        return [.. groups.Concat(departments).Concat(first).Take(AnswerActions.MaxSuggestions)];
    }
}
