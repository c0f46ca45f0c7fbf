using System.Collections.Concurrent;
using CivilityBot.Knowledge;
using Microsoft.Extensions.Options;

namespace CivilityBot.Checklists;

/// <summary>
/// Splits a person's indicators into card pages of at most <see cref="ChecklistOptions.ItemsPerCard"/> sub-criteria,
/// keeping an indicator together whenever it fits. The campaign never changes at run time, so pages are cached.
/// </summary>
public sealed class ChecklistPages(Campaign campaign, IOptions<ChecklistOptions> options)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<IReadOnlyList<ChecklistPageSection>>> _pages = new(StringComparer.Ordinal);

    /// <summary>The person's pages; empty when they own no indicator.</summary>
    public IReadOnlyList<IReadOnlyList<ChecklistPageSection>> For(string personName) =>
        _pages.GetOrAdd(PersonNames.Normalize(personName), name => Split(name, options.Value.ItemsPerCard));

    /// <summary>Every sub-criterion the person owns (<see cref="Campaign.OwnersOf(SubCriterion)"/>), in indicator order.</summary>
    public IEnumerable<(Indicator Indicator, SubCriterion Item)> ItemsOf(string personName) =>
        campaign.IndicatorsOwnedBy(personName).SelectMany(indicator => Owned(indicator, PersonNames.Normalize(personName)).Select(item => (indicator, item)));

    private IEnumerable<SubCriterion> Owned(Indicator indicator, string name) =>
        indicator.SubCriteria.Where(item => campaign.OwnersOf(item).Any(owner => owner.Person == name));

    private List<IReadOnlyList<ChecklistPageSection>> Split(string name, int perPage)
    {
        var pages = new List<IReadOnlyList<ChecklistPageSection>>();
        var current = new List<ChecklistPageSection>();
        var count = 0;
        foreach (var indicator in campaign.IndicatorsOwnedBy(name).OrderBy(indicator => indicator.Number))
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
