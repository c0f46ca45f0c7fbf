namespace CivilityBot.Knowledge;

/// <summary>Checks for indicators (numbering, categories, sub-criteria, methods, owners) and the bonus rule.</summary>
internal static class CampaignValidatorIndicators
{
    public static IEnumerable<string> Indicators(IReadOnlyList<Indicator> indicators, HashSet<int> categories, HashSet<string> roster)
    {
        var subIds = new HashSet<string>();
        var numbers = new HashSet<int>();
        for (var i = 0; i < indicators.Count; i++)
        {
            var path = $"indicators[{i}]";
            var indicator = indicators[i];
            if (indicator is null) { yield return $"{path} is empty"; continue; }
            if (!numbers.Add(indicator.Number)) yield return $"{path}.number {indicator.Number} appears twice";
            foreach (var problem in Indicator(indicator, path, categories, roster, subIds)) yield return problem;
        }

        foreach (var problem in Numbering(indicators)) yield return problem;
    }

    public static IEnumerable<string> Bonus(BonusRule? bonus, HashSet<string> roster)
    {
        if (bonus is null) yield break;
        if (string.IsNullOrWhiteSpace(bonus.Text)) yield return "bonusRule.text is empty";
        if (bonus.MaxPoints <= 0) yield return "bonusRule.maxPoints must be positive";
        foreach (var problem in Owners(bonus.Owners, "bonusRule.owners", roster)) yield return problem;
    }

    private static IEnumerable<string> Indicator(
        Indicator indicator, string path, HashSet<int> categories, HashSet<string> roster, HashSet<string> subIds)
    {
        if (indicator.Number <= 0) yield return $"{path}.number must be 1 or more";
        if (string.IsNullOrWhiteSpace(indicator.Title)) yield return $"{path}.title is empty";
        if (!categories.Contains(indicator.Category)) yield return $"{path}.category {indicator.Category} is not a known category";
        foreach (var problem in SubCriteria(indicator.SubCriteria, $"{path}.subCriteria", subIds)) yield return problem;
        if (indicator.Methods is null || indicator.Methods.Count == 0) yield return $"{path}.methods is empty";
        else if (indicator.Methods.Any(string.IsNullOrWhiteSpace)) yield return $"{path}.methods has an empty entry";
        foreach (var problem in Owners(indicator.Owners, $"{path}.owners", roster)) yield return problem;
        foreach (var problem in CampaignValidatorSplits.Split(indicator, path, roster)) yield return problem;
    }

    private static IEnumerable<string> SubCriteria(IReadOnlyList<SubCriterion> subCriteria, string path, HashSet<string> ids)
    {
        if (subCriteria is null || subCriteria.Count == 0) { yield return $"{path} is empty"; yield break; }
        for (var i = 0; i < subCriteria.Count; i++)
        {
            var sub = subCriteria[i];
            var item = $"{path}[{i}]";
            if (sub is null) { yield return $"{item} is empty"; continue; }
            if (string.IsNullOrWhiteSpace(sub.Id)) yield return $"{item}.id is empty";
            else if (!ids.Add(sub.Id.Trim())) yield return $"{item}.id {sub.Id} appears twice";
            if (string.IsNullOrWhiteSpace(sub.Text)) yield return $"{item}.text is empty";
            if (sub.Points is null) yield return $"{item}.points is missing";
            else if (sub.Points <= 0) yield return $"{item}.points must be positive";
        }
    }

    internal static IEnumerable<string> Owners(IReadOnlyList<Owner> owners, string path, HashSet<string> roster)
    {
        if (owners is null || owners.Count == 0) { yield return $"{path} is empty"; yield break; }
        for (var i = 0; i < owners.Count; i++)
        {
            var owner = owners[i];
            if (owner is null) { yield return $"{path}[{i}] is empty"; continue; }
            if (string.IsNullOrWhiteSpace(owner.Department)) yield return $"{path}[{i}].department is empty";
            foreach (var problem in CampaignValidatorSections.Person(owner.Person, $"{path}[{i}].person", roster)) yield return problem;
        }
    }

    // Indicators are asked for by number ("第16项"), so numbers must run 1..N without gaps, in file order.
    private static IEnumerable<string> Numbering(IReadOnlyList<Indicator> indicators)
    {
        for (var i = 0; i < indicators.Count; i++)
        {
            if (indicators[i] is { } indicator && indicator.Number != i + 1)
            {
                yield return $"indicators[{i}].number is {indicator.Number}, expected {i + 1} (numbers must run 1..{indicators.Count} in order)";
                yield break;
            }
        }
    }
}
