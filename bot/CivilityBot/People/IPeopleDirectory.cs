using CivilityBot.Conversations;

namespace CivilityBot.People;

/// <summary>Who a Teams user is on the campaign roster, and who may coordinate. Implemented over LiteDB.</summary>
public interface IPeopleDirectory
{
    /// <summary>
    /// The roster person this sender is linked to (by AAD object id), linking on first contact when the display name
    /// matches exactly one unlinked roster name and automatic linking is on; null when the sender is not on the roster.
    /// </summary>
    string? ResolvePerson(ConversationReferenceRecord? sender);

    /// <summary>The Teams identity linked to a roster person, or null when nobody is linked yet.</summary>
    PersonLink? FindLink(string personName);

    bool IsCoordinator(string personName);
}
