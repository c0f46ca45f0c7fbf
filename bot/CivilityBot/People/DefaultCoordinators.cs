using CivilityBot.Knowledge;

namespace CivilityBot.People;

/// <summary>
/// Who coordinates before anyone grants a role: the office director, the deputy directors (the plan gives them daily
/// scheduling) and the leads of the configured working groups, all read from the campaign data.
/// </summary>
public static class DefaultCoordinators
{
    public static IReadOnlyList<string> From(Campaign campaign, PeopleOptions options)
    {
        var groupLeads = options.CoordinatorGroups
            .Select(campaign.FindWorkingGroup)
            .OfType<WorkingGroup>()
            .SelectMany(group => group.Leads);
        return [.. new[] { campaign.Office.Director }
            .Concat(campaign.Office.DeputyDirectors)
            .Concat(groupLeads)
            .Select(PersonNames.Normalize)
            .Where(name => name.Length > 0)
            .Distinct(StringComparer.Ordinal)];
    }
}
