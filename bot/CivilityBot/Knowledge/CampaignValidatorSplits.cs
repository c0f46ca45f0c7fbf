namespace CivilityBot.Knowledge;

/// <summary>
/// Checks for sub-criteria that carry their own owners or methods (item 8): each is on the roster and among the
/// indicator's, and every owner of the indicator still owns some sub-criterion, so the indicator's lists stay the
/// union of its sub-criteria's.
/// </summary>
internal static class CampaignValidatorSplits
{
    public static IEnumerable<string> Split(Indicator indicator, string path, HashSet<string> roster)
    {
        if (indicator.SubCriteria is null || indicator.Owners is null || indicator.Methods is null) yield break;
        for (var i = 0; i < indicator.SubCriteria.Count; i++)
        {
            if (indicator.SubCriteria[i] is not { } sub) continue;
            var item = $"{path}.subCriteria[{i}]";
            foreach (var problem in OwnProblems(indicator, sub, item, roster)) yield return problem;
        }

        foreach (var problem in IdleOwners(indicator, path)) yield return problem;
    }

    private static IEnumerable<string> OwnProblems(Indicator indicator, SubCriterion sub, string item, HashSet<string> roster)
    {
        if (sub.Owners is { Count: > 0 } owners)
        {
            foreach (var problem in CampaignValidatorIndicators.Owners(owners, $"{item}.owners", roster)) yield return problem;
            var stray = owners.FirstOrDefault(owner => owner is not null && !indicator.Owners.Any(other => SamePerson(owner, other)));
            if (stray is not null) yield return $"{item}.owners: {stray.Department} {stray.Person} is not among the indicator's owners";
        }

        if (sub.Methods is { Count: > 0 } methods && methods.FirstOrDefault(method => !indicator.Methods.Contains(method)) is { } odd)
        {
            yield return $"{item}.methods: {odd} is not among the indicator's methods";
        }
    }

    private static IEnumerable<string> IdleOwners(Indicator indicator, string path)
    {
        if (indicator.SubCriteria.Any(sub => sub is null || sub.Owners is not { Count: > 0 })) yield break;
        var idle = indicator.Owners.FirstOrDefault(owner => owner is not null
            && !indicator.SubCriteria.Any(sub => sub.Owners!.Any(other => SamePerson(owner, other))));
        if (idle is not null) yield return $"{path}.owners: {idle.Department} {idle.Person} owns none of its sub-criteria";
    }

    private static bool SamePerson(Owner one, Owner other) => one.Department == other.Department && one.Person == other.Person;
}
