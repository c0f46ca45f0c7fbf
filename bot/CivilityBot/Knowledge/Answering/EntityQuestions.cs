using CivilityBot.Knowledge;

namespace CivilityBot.Knowledge.Answering;

/// <summary>Questions about the campaign's people and bodies: working groups, people, leadership roles, departments.</summary>
internal sealed class EntityQuestions
{
    private static readonly (string Alias, string Department)[] DepartmentAliases =
    [
        ("纪委", "机关纪委"), ("党委", "机关党委"), ("审批办", "行政审批办"), ("审批", "行政审批办"), ("人事", "人事科"),
        ("质监", "质监站"), ("住保", "住保中心"), ("供排水", "供排水科"), ("质安", "质安科"), ("团支部", "团委"),
    ];

    private readonly Campaign _campaign;
    private readonly string[] _people;
    private readonly string[] _departments;

    public EntityQuestions(Campaign campaign)
    {
        _campaign = campaign;
        _people = [.. campaign.Roster.Select(person => person.Name).OrderByDescending(name => name.Length)];
        _departments = [.. campaign.Departments
            .Concat(campaign.WorkingGroups.SelectMany(group => group.MemberUnits))
            .Where(unit => unit != "局属各单位")
            .Distinct()
            .OrderByDescending(unit => unit.Length)];
    }

    public QuestionIntent? Read(string text) =>
        WorkingGroup(text) ?? Person(text) ?? Leadership(text) ?? Department(text);

    private QuestionIntent? WorkingGroup(string text)
    {
        var group = _campaign.WorkingGroups.FirstOrDefault(group => MentionsGroup(text, group));
        if (group is not null) return new QuestionIntent(IntentKind.WorkingGroup, group.Number, group.Name);
        return Terms.HasAny(text, "工作组", "迎检工作组", "几个组", "哪些组", "各组", "working group", "groups")
            ? new QuestionIntent(IntentKind.AllWorkingGroups)
            : null;
    }

    private static bool MentionsGroup(string text, WorkingGroup group)
    {
        var stem = group.Name.TrimEnd('组');
        if (text.Contains(group.Name, StringComparison.Ordinal) || (stem.Length >= 2 && text.Contains(stem, StringComparison.Ordinal)))
        {
            return true;
        }

        var english = group.NameEn?.ToLowerInvariant();
        return english is not null && (Terms.Has(text, english)
            || (Terms.Has(text, english.Split(' ')[0]) && Terms.Has(text, "group")));
    }

    private QuestionIntent? Person(string text)
    {
        var name = _people.FirstOrDefault(name => text.Contains(name, StringComparison.Ordinal));
        return name is null ? null : new QuestionIntent(IntentKind.Person, Name: name);
    }

    private static QuestionIntent? Leadership(string text)
    {
        var role =
            Terms.HasAny(text, "副组长", "deputy leader", "deputy head") ? LeadershipRole.DeputyLeader
            : Terms.HasAny(text, "副主任", "调度", "deputy director", "scheduling", "day-to-day") ? LeadershipRole.DeputyDirector
            : Terms.HasAny(text, "主任", "office director", "director") ? LeadershipRole.Director
            : Terms.HasAny(text, "组长", "group leader", "the leader", "leader") ? LeadershipRole.Leader
            : Terms.HasAny(text, "领导小组", "领导机构", "leading group", "leadership team") ? LeadershipRole.Everyone
            : null;
        return role is null ? null : new QuestionIntent(IntentKind.Leadership, Name: role);
    }

    private QuestionIntent? Department(string text)
    {
        var department = _departments.FirstOrDefault(unit => text.Contains(unit, StringComparison.Ordinal))
            ?? DepartmentAliases.FirstOrDefault(alias => text.Contains(alias.Alias, StringComparison.Ordinal)).Department
            ?? Terms.FirstMapped(text, EnglishTerms.Departments);
        return department is null ? null : new QuestionIntent(IntentKind.Department, Name: department);
    }
}
