using CivilityBot.Turns;

namespace CivilityBot.People;

/// <summary>Who a Teams user is on the campaign roster, and who may coordinate. Implemented over LiteDB.</summary>
public interface IPeopleDirectory
{
    /// <summary>
    /// Who the account is: its roster person and role. A pure lookup that never writes; a person linked only by display
    /// name is on the roster but never a coordinator.
    /// </summary>
    SenderIdentity Identify(TeamsIdentity account, string? displayName);

    /// <summary>
    /// The explicit linking step the turn pipeline takes before <see cref="Identify"/>: links an unknown account from an
    /// AAD object id in the campaign data, from the bootstrap coordinator setting, or (when allowed) by a display name
    /// that spells exactly one unlinked roster name; completes a Teams-user-id link with the AAD id. Audited.
    /// </summary>
    void LinkOnFirstContact(TeamsIdentity account, string? displayName);

    /// <summary>The roster name linked to the account (AAD object id first, then Teams user id), or null.</summary>
    string? NameOf(TeamsIdentity account);

    /// <summary>The roster name a written name refers to (the plan's padding spaces ignored), or null; a lookup for mentions and commands, never for linking.</summary>
    string? RosterName(string writtenName);

    /// <summary>The Teams identity linked to a roster person, or null when nobody is linked yet.</summary>
    PersonLink? FindLink(string personName);

    /// <summary>Whether the person holds the coordinator role (whatever their link; see <see cref="Identify"/>).</summary>
    bool IsCoordinator(string personName);
}
