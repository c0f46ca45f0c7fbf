using System.Collections.Frozen;

namespace CivilityBot.Knowledge;

/// <summary>Lookup tables over a validated campaign, built once.</summary>
internal sealed class CampaignIndex
{
    public CampaignIndex(Campaign campaign)
    {
        IndicatorsByNumber = campaign.Indicators.ToFrozenDictionary(indicator => indicator.Number);
        CategoriesByNumber = campaign.Categories.ToFrozenDictionary(category => category.Number);
        PeopleByName = campaign.Roster.ToFrozenDictionary(person => person.Name);
        var pairs = campaign.Indicators
            .SelectMany(indicator => indicator.SubCriteria.Select(sub => (sub, indicator)))
            .ToList();
        SubCriteriaById = pairs.ToFrozenDictionary(pair => pair.sub.Id, pair => pair.sub);
        IndicatorsBySubCriterion = pairs.ToFrozenDictionary(pair => pair.sub.Id, pair => pair.indicator);
        DepartmentsByAlias = campaign.DepartmentAliases
            .SelectMany(alias => alias.Aliases.Select(name => (name, alias.Department)))
            .ToFrozenDictionary(pair => pair.name, pair => pair.Department);
        IndicatorsByPerson = GroupBy(campaign.Indicators,
            indicator => indicator.SubCriteria.SelectMany(indicator.OwnersOf).Select(owner => owner.Person));
        IndicatorsByDepartment = GroupBy(campaign.Indicators, indicator => indicator.Owners.Select(owner => owner.Department));
        IndicatorsByCategory = GroupBy<int>(campaign.Indicators, indicator => [indicator.Category]);
        Departments = campaign.Indicators.SelectMany(indicator => indicator.Owners.Select(owner => owner.Department))
            .Concat(campaign.Roster.SelectMany(person => person.Departments))
            .Distinct()
            .ToArray();
    }

    public FrozenDictionary<int, Indicator> IndicatorsByNumber { get; }

    public FrozenDictionary<int, Category> CategoriesByNumber { get; }

    public FrozenDictionary<string, RosterPerson> PeopleByName { get; }

    public FrozenDictionary<string, SubCriterion> SubCriteriaById { get; }

    public FrozenDictionary<string, Indicator> IndicatorsBySubCriterion { get; }

    public FrozenDictionary<string, string> DepartmentsByAlias { get; }

    public FrozenDictionary<string, Indicator[]> IndicatorsByPerson { get; }

    public FrozenDictionary<string, Indicator[]> IndicatorsByDepartment { get; }

    public FrozenDictionary<int, Indicator[]> IndicatorsByCategory { get; }

    public IReadOnlyList<string> Departments { get; }

    private static FrozenDictionary<TKey, Indicator[]> GroupBy<TKey>(
        IEnumerable<Indicator> indicators, Func<Indicator, IEnumerable<TKey>> keys)
        where TKey : notnull =>
        indicators
            .SelectMany(indicator => keys(indicator).Distinct().Select(key => (key, indicator)))
            .GroupBy(pair => pair.key, pair => pair.indicator)
            .ToFrozenDictionary(group => group.Key, group => group.OrderBy(indicator => indicator.Number).ToArray());
}
