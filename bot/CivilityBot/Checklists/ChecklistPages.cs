using System.Collections.Concurrent;
using CivilityBot.Knowledge;
using Microsoft.Extensions.Options;

namespace CivilityBot.Checklists;

/// <summary>
/// Splits a person's indicators into card pages of at most <see cref="ChecklistOptions.ItemsPerCard"/> sub-criteria,
/// keeping an indicator together whenever it fits. Pages are cached until the plan changes (<see cref="IPlan.Version"/>).
/// </summary>
public sealed class ChecklistPages(IPlan plan, IOptions<ChecklistOptions> options)
{
    private readonly ConcurrentDictionary<(int Version, string Name), IReadOnlyList<IReadOnlyList<ChecklistPageSection>>> _pages = new();

    /// <summary>The person's pages; empty when they own no indicator.</summary>
    public IReadOnlyList<IReadOnlyList<ChecklistPageSection>> For(string personName)
    {
        var version = plan.Version;
        if (!_pages.IsEmpty && _pages.Keys.Any(key => key.Version != version))
        {
            _pages.Clear(); // the plan changed: pages of an older plan are never asked for again
        }

        return _pages.GetOrAdd((version, PersonNames.Normalize(personName)), key => Split(key.Name, options.Value.ItemsPerCard));
    }

    /// <summary>Every sub-criterion the person owns (<see cref="Campaign.OwnersOf(SubCriterion)"/>), in indicator order.</summary>
    public IEnumerable<(Indicator Indicator, SubCriterion Item)> ItemsOf(string personName) =>
        plan.Current.IndicatorsOwnedBy(personName).SelectMany(indicator => Owned(indicator, PersonNames.Normalize(personName)).Select(item => (indicator, item)));

    private IEnumerable<SubCriterion> Owned(Indicator indicator, string name) =>
        indicator.SubCriteria.Where(item => plan.Current.OwnersOf(item).Any(owner => owner.Person == name));

    private List<IReadOnlyList<ChecklistPageSection>> Split(string name, int perPage)
    {
        var pages = new List<IReadOnlyList<ChecklistPageSection>>();
        var current = new List<ChecklistPageSection>();
        var count = 0;
        foreach (var indicator in plan.Current.IndicatorsOwnedBy(name).OrderBy(indicator => indicator.Number))
        {
            foreach (var chunk in Owned(indicator, name).Chunk(perPage))
            {
                if (count + chunk.Length > perPage && current.Count > 0)
                {
                    pages.Add(current);
                    (current, count) = ([], 0);
                }

                current.Add(new ChecklistPageSection(indicator, chunk));
                count += chunk.Length;
            }
        }

        if (current.Count > 0)
        {
            pages.Add(current);
        }

        return pages;
    }
}
