using System.ComponentModel.DataAnnotations;

namespace CivilityBot.People;

public sealed class PeopleOptions
{
    public const string Section = "People";

    /// <summary>
    /// Link a Teams user on first contact when their display name is exactly one unlinked roster name. Such a link lets a
    /// person work on their own checklist but never carries the coordinator role. Off (strict): only a coordinator, an
    /// AAD object id in the campaign data, the directory or the bootstrap setting links people.
    /// </summary>
    public bool AutoLinkByName { get; set; } = true;

    /// <summary>
    /// Entra object ids of the first coordinators, for a fresh database whose campaign data names no AAD object ids: when
    /// such an account first writes under its exact roster name it is linked (a verified link) and granted the role.
    /// </summary>
    public List<string> BootstrapCoordinators { get; set; } = [];

    /// <summary>Working groups whose leads become coordinators when the roles are first seeded.</summary>
    [MinLength(1)]
    public List<string> CoordinatorGroups { get; set; } = ["综合协调组", "督查考核组"];
}
