using CivilityBot.Checklists;
using CivilityBot.Knowledge;

namespace CivilityBot.Reminders;

/// <summary>Turns an audience into roster names (in roster order, each once) and into words for cards.</summary>
public sealed class ReminderAudienceResolver(IPlan plan, IChecklistProgress progress)
{
    public IReadOnlyList<string> Resolve(ReminderAudience audience)
    {
        var values = audience.Values.Select(v => v.Trim()).Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);
        Func<RosterPerson, bool> included = audience.Kind switch
        {
            AudienceKind.Outstanding => person => progress.OutstandingFor(person.Name).Count > 0,
            AudienceKind.Department => person => InDepartment(person, values),
            AudienceKind.WorkingGroup => GroupMembers(values).Contains,
            AudienceKind.People => person => values.Contains(person.Name),
            _ => _ => true,
        };
        return plan.Current.Roster.Where(included).Select(person => person.Name).ToList();
    }

    public string Describe(ReminderAudience audience) => audience.Kind switch
    {
        AudienceKind.Outstanding => "有未完成事项的人",
        AudienceKind.Department => "科室：" + string.Join("、", audience.Values),
        AudienceKind.WorkingGroup => "工作组：" + string.Join("、", audience.Values),
        AudienceKind.People => "指定人员：" + Names(audience.Values),
        _ => "全体人员",
    };

    /// <summary>The names that are not on the roster (typos, people who left).</summary>
    public IReadOnlyList<string> UnknownPeople(IEnumerable<string> names) =>
        names.Where(name => plan.Current.FindPerson(name) is null).ToList();

    /// <summary>A roster name as stored (whitespace in two-character names removed), or null when unknown.</summary>
    public string? RosterName(string name) => plan.Current.FindPerson(name)?.Name;

    private bool InDepartment(RosterPerson person, HashSet<string> departments) =>
        person.Departments.Any(departments.Contains)
        || plan.Current.Indicators.Any(i => i.Owners.Any(o => o.Person == person.Name && departments.Contains(o.Department)));

    private HashSet<RosterPerson> GroupMembers(HashSet<string> groups)
    {
        var names = plan.Current.WorkingGroups.Where(g => groups.Contains(g.Name)).SelectMany(g => g.Leads.Concat(g.Members)).ToHashSet();
        return plan.Current.Roster.Where(p => names.Contains(p.Name)).ToHashSet();
    }

    private static string Names(List<string> names) =>
        names.Count <= 6 ? string.Join("、", names) : $"{string.Join("、", names.Take(6))} 等 {names.Count} 人";
}
