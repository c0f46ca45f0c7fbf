using System.ComponentModel.DataAnnotations;

namespace CivilityBot.People;

public sealed class PeopleOptions
{
    public const string Section = "People";

    /// <summary>
    /// Link a Teams user on first contact when their display name is exactly one unlinked roster name. Off (strict):
    /// only a coordinator, or an AAD object id in the campaign data, links people.
    /// </summary>
    public bool AutoLinkByName { get; set; } = true;

    /// <summary>Working groups whose leads become coordinators when the roles are first seeded.</summary>
    [MinLength(1)]
    public List<string> CoordinatorGroups { get; set; } = ["综合协调组", "督查考核组"];
}
