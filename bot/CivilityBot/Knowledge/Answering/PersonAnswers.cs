using CivilityBot.Cards.Answers;
using CivilityBot.Knowledge;
using CivilityBot.People;
using static CivilityBot.Knowledge.Answering.Wording;

namespace CivilityBot.Knowledge.Answering;

/// <summary>Answers about a person (roles, groups, indicators) and a department (people, indicators).</summary>
internal sealed class PersonAnswers(Campaign campaign)
{
    public KnowledgeReply Person(RosterPerson person, ReplyLanguage language)
    {
        var owned = campaign.IndicatorsOwnedBy(person.Name);
        var ownsBonus = campaign.BonusRule?.Owners.Any(owner => owner.Person == person.Name) == true;
        var facts = new List<LabeledValue>();
        if (Departments(person, language) is { Length: > 0 } departments) facts.Add(new(Pick(language, "科室", "Department"), departments));
        if (person.Roles.Count > 0) facts.Add(new(Pick(language, "角色", "Roles"), List(language, person.Roles)));
        var lines = owned.Select(indicator => OwnedLine(language, indicator, person.Name)).ToList();
        if (ownsBonus) lines.Add(new InfoLine(campaign.BonusRule!.Name, Pick(language, "加分项", "Bonus points"), Pick(language, "加分", "bonus points")));
        var model = new InfoCardModel(
            person.Name,
            facts,
            [new InfoSection(OwnedHeading(language, owned), lines)],
            Suggestions(language, person, owned))
        {
            Text = owned.Count == 0 && !ownsBonus ? Pick(language, "不直接负责测评指标。", "Owns no indicator directly.") : null,
            Footnote = PersonNote(person, owned, language),
        };
        return new KnowledgeReply(PersonSummary(person, owned, ownsBonus, language) + NoteSentence(person, language), AnswerCards.Info(model), language);
    }

    public KnowledgeReply Department(string asked, ReplyLanguage language)
    {
        var department = campaign.ResolveDepartment(asked);
        var names = campaign.AliasesOf(department).Prepend(department).ToList();
        var owned = campaign.IndicatorsOfDepartment(department);
        var people = owned.SelectMany(indicator => indicator.Owners).Where(owner => owner.Department == department)
            .Select(owner => owner.PersonLabel(language))
            .Concat(campaign.Roster.Where(person => person.Departments.Contains(department)).Select(person => person.Name))
            .Distinct()
            .ToList();
        var groups = campaign.WorkingGroups.Where(group => group.MemberUnits.Any(names.Contains)).Select(group => group.Name).ToList();
        var facts = new List<LabeledValue>();
        if (people.Count > 0) facts.Add(new(Pick(language, "责任人", "People"), List(language, people)));
        if (groups.Count > 0) facts.Add(new(Pick(language, "成员单位", "Member unit of"), List(language, groups)));
        var title = names.Count == 1 ? department : Pick(language, $"{department}（又写作{List(language, names.Skip(1))}）", $"{department} (also written {List(language, names.Skip(1))})");
        var model = new InfoCardModel(
            title,
            facts,
            [new InfoSection(OwnedHeading(language, owned), [.. owned.Select(indicator => IndicatorLine(language, indicator))])],
            [.. owned.SelectMany(indicator => indicator.Owners).Where(owner => owner.Department == department).Select(owner => owner.Person)
                .Distinct().Take(AnswerActions.MaxSuggestions).Select(person => AskPerson(language, person))])
        {
            Text = owned.Count == 0 ? Pick(language, "不直接负责测评指标。", "Owns no indicator directly.") : null,
            Footnote = campaign.DepartmentAliases.FirstOrDefault(alias => alias.Department == department)?.Note,
        };
        var summary = owned.Count == 0
            ? Pick(language, $"{title}不直接负责测评指标。", $"{title} owns no indicator directly.")
            : Pick(language,
                $"{title}负责{owned.Count}项指标：{IndicatorTitles(language, owned)}。责任人：{List(language, people)}。",
                $"{title} owns {owned.Count} indicator(s): {IndicatorTitles(language, owned)}. People: {List(language, people)}.");
        return new KnowledgeReply(summary, AnswerCards.Info(model), language);
    }

    /// <summary>Printed departments, then those read by position only, marked: "住保中心（推断）".</summary>
    private static string Departments(RosterPerson person, ReplyLanguage language) =>
        List(language, person.Departments.Concat(person.InferredDepartments.Select(department => department + Pick(language, "（推断）", " (inferred)"))));

    private InfoLine OwnedLine(ReplyLanguage language, Indicator indicator, string person)
    {
        var line = IndicatorLine(language, indicator);
        return line with { Text = line.Text + OwnedPart(language, indicator, person) };
    }

    // "（8.1）" after an indicator of which the person owns only some sub-criteria (item 8), else nothing.
    private string OwnedPart(ReplyLanguage language, Indicator indicator, string person)
    {
        var own = indicator.SubCriteria.Where(sub => campaign.OwnersOf(sub).Any(owner => owner.Person == person)).ToList();
        return own.Count == indicator.SubCriteria.Count ? string.Empty : $"{Pick(language, "（", " (")}{List(language, own.Select(sub => sub.Id))}{Pick(language, "）", ")")}";
    }

    private string? PersonNote(RosterPerson person, IReadOnlyList<Indicator> owned, ReplyLanguage language)
    {
        var readings = owned.SelectMany(indicator => indicator.Owners).Where(owner => owner.Person == person.Name);
        var notes = InferenceNotes(language, readings).Prepend(person.Note).OfType<string>().Distinct().ToList();
        return notes.Count == 0 ? null : Pick(language, "推断说明：", "Reading note: ") + string.Join(" ", notes);
    }

    private static string NoteSentence(RosterPerson person, ReplyLanguage language) =>
        person.Note is null ? string.Empty : Pick(language, $"注：{person.Note}", $" Note: {person.Note}");

    private static string OwnedHeading(ReplyLanguage language, IReadOnlyList<Indicator> owned) =>
        Pick(language,
            $"负责的指标（{owned.Count}项，共{owned.Sum(indicator => indicator.Points)}分）",
            $"Indicators owned ({owned.Count}, {owned.Sum(indicator => indicator.Points)} points)");

    private string OwnedTitles(ReplyLanguage language, IReadOnlyList<Indicator> indicators, string person) =>
        List(language, indicators.Select(indicator => Pick(language,
            $"第{indicator.Number}项 {indicator.Title}",
            $"{indicator.Number} {Title(language, indicator)}") + OwnedPart(language, indicator, person)));

    private static string IndicatorTitles(ReplyLanguage language, IReadOnlyList<Indicator> indicators) =>
        List(language, indicators.Select(indicator => Pick(language,
            $"第{indicator.Number}项 {indicator.Title}",
            $"{indicator.Number} {Title(language, indicator)}")));

    private string PersonSummary(RosterPerson person, IReadOnlyList<Indicator> owned, bool ownsBonus, ReplyLanguage language)
    {
        var departments = Departments(person, language);
        var where = departments.Length == 0 ? string.Empty : $"（{departments}）";
        var whereEn = departments.Length == 0 ? string.Empty : $" ({departments})";
        var roles = person.Roles.Count == 0 ? string.Empty : Pick(language, $"角色：{List(language, person.Roles)}。", $"Roles: {List(language, person.Roles)}. ");
        var items = owned.Count == 0
            ? Pick(language, "不直接负责测评指标", "Owns no indicator directly")
            : Pick(language, $"负责{owned.Count}项指标：{OwnedTitles(language, owned, person.Name)}", $"Owns {owned.Count} indicator(s): {OwnedTitles(language, owned, person.Name)}");
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
