namespace CivilityBot.Knowledge;

/// <summary>Checks for the roster, phases, leadership, working groups and categories.</summary>
internal static class CampaignValidatorSections
{
    public static IEnumerable<string> Roster(IReadOnlyList<RosterPerson> roster)
    {
        var seen = new HashSet<string>();
        for (var i = 0; i < roster.Count; i++)
        {
            var path = $"roster[{i}]";
            var problem = roster[i] is null ? $"{path} is empty" : Name(roster[i].Name, $"{path}.name");
            if (problem is null && !seen.Add(roster[i].Name))
            {
                problem = $"{path}.name {roster[i].Name} appears twice";
            }

            if (problem is not null) yield return problem;
        }
    }

    public static IEnumerable<string> Phases(IReadOnlyList<Phase> phases)
    {
        for (var i = 0; i < phases.Count; i++)
        {
            var path = $"phases[{i}]";
            var phase = phases[i];
            if (phase is null) { yield return $"{path} is empty"; continue; }
            if (string.IsNullOrWhiteSpace(phase.Name)) yield return $"{path}.name is empty";
            if (phase.Start == default) yield return $"{path}.start is missing";
            if (phase.End == default) yield return $"{path}.end is missing";
            if (phase.End < phase.Start) yield return $"{path}.end {phase.End:yyyy-MM-dd} is before its start {phase.Start:yyyy-MM-dd}";
            if (i > 0 && phases[i - 1] is { } previous && phase.Start <= previous.End)
            {
                yield return $"{path}.start {phase.Start:yyyy-MM-dd} overlaps phases[{i - 1}]";
            }
        }
    }

    public static IEnumerable<string> Leadership(LeadingGroup group, Office office, HashSet<string> roster)
    {
        return Person(group.Leader, "leadingGroup.leader", roster)
            .Concat(People(group.DeputyLeaders, "leadingGroup.deputyLeaders", roster))
            .Concat(People(group.Members, "leadingGroup.members", roster))
            .Concat(Person(office.Director, "office.director", roster))
            .Concat(People(office.DeputyDirectors, "office.deputyDirectors", roster))
            .Concat(People(office.Members, "office.members", roster));
    }

    public static IEnumerable<string> WorkingGroups(IReadOnlyList<WorkingGroup> groups, HashSet<string> roster)
    {
        var names = new HashSet<string>();
        for (var i = 0; i < groups.Count; i++)
        {
            var path = $"workingGroups[{i}]";
            var group = groups[i];
            if (group is null) { yield return $"{path} is empty"; continue; }
            if (string.IsNullOrWhiteSpace(group.Name)) yield return $"{path}.name is empty";
            else if (!names.Add(group.Name)) yield return $"{path}.name {group.Name} appears twice";
            if (group.Leads is null || group.Leads.Count == 0) { yield return $"{path}.leads is empty"; continue; }
            foreach (var problem in People(group.Leads, $"{path}.leads", roster).Concat(People(group.Members, $"{path}.members", roster)))
            {
                yield return problem;
            }
        }
    }

    public static IEnumerable<string> Categories(IReadOnlyList<Category> categories)
    {
        var numbers = new HashSet<int>();
        for (var i = 0; i < categories.Count; i++)
        {
            var path = $"categories[{i}]";
            var category = categories[i];
            if (category is null) { yield return $"{path} is empty"; continue; }
            if (!numbers.Add(category.Number)) yield return $"{path}.number {category.Number} appears twice";
            if (string.IsNullOrWhiteSpace(category.Name)) yield return $"{path}.name is empty";
            if (category.DeclaredPoints < 0) yield return $"{path}.declaredPoints is negative";
        }
    }

    /// <summary>Each alias names one department only, and never a department that has aliases itself.</summary>
    public static IEnumerable<string> Aliases(IReadOnlyList<DepartmentAlias> aliases)
    {
        var seen = new HashSet<string>();
        var departments = aliases.Where(alias => alias is not null).Select(alias => alias.Department).ToHashSet();
        for (var i = 0; i < aliases.Count; i++)
        {
            var path = $"departmentAliases[{i}]";
            var alias = aliases[i];
            if (alias is null || string.IsNullOrWhiteSpace(alias.Department)) { yield return $"{path}.department is empty"; continue; }
            if (alias.Aliases is null || alias.Aliases.Count == 0) { yield return $"{path}.aliases is empty"; continue; }
            foreach (var name in alias.Aliases)
            {
                if (string.IsNullOrWhiteSpace(name)) yield return $"{path}.aliases has an empty entry";
                else if (departments.Contains(name) || !seen.Add(name)) yield return $"{path}.aliases: {name} already names a department";
            }
        }
    }

    public static IEnumerable<string> People(IReadOnlyList<string> names, string path, HashSet<string> roster)
    {
        for (var i = 0; i < names.Count; i++)
        {
            foreach (var problem in Person(names[i], $"{path}[{i}]", roster))
            {
                yield return problem;
            }
        }
    }

    public static IEnumerable<string> Person(string? name, string path, HashSet<string> roster)
    {
        var problem = Name(name, path);
        if (problem is null && !roster.Contains(name!))
        {
            problem = $"{path} {name} is not on the roster";
        }

        return problem is null ? [] : [problem];
    }

    private static string? Name(string? name, string path) =>
        string.IsNullOrWhiteSpace(name) ? $"{path} is empty"
        : name.Any(char.IsWhiteSpace) ? $"{path} \"{name}\" contains a space (write names without padding)"
        : null;
}
