using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Model;
using CivilityBot.Cards.Progress;
using CivilityBot.Knowledge;
using CivilityBot.People;

namespace CivilityBot.Checklists;

/// <summary>
/// Who gets a view of their own of a progress card posted in a group chat or channel: the Teams user ids (29:…) of the
/// roster people linked to a Teams account, coordinators first, at most <see cref="CardRefresh.MaxUserIds"/> (Teams'
/// limit). Listing someone who is not in that conversation costs nothing: Teams refreshes only for members who see it.
/// </summary>
public sealed class ProgressViewers(IPlan plan, IPeopleDirectory people)
{
    /// <summary>The card's <c>refresh</c>: verb <see cref="ProgressVerbs.View"/>, the card's language, the user ids.</summary>
    public CardRefresh Refresh(ReplyLanguage language)
    {
        var userIds = plan.Current.Roster
            .Select(person => (Person: person.Name, UserId: people.FindLink(person.Name)?.TeamsUserId))
            .Where(viewer => !string.IsNullOrEmpty(viewer.UserId))
            .OrderByDescending(viewer => people.IsCoordinator(viewer.Person))
            .Select(viewer => viewer.UserId!);
        var data = language == ReplyLanguage.English ? new Dictionary<string, string> { [ChecklistFields.Language] = ChecklistFields.English } : [];
        return CardRefresh.For(ProgressVerbs.View, data, userIds);
    }
}
