using CivilityBot.Conversations;

namespace CivilityBot.People;

public static class PeopleDirectoryExtensions
{
    /// <summary>Resolves the sender (linking on first contact when allowed) and looks up their role.</summary>
    public static SenderIdentity Identify(this IPeopleDirectory people, ConversationReferenceRecord? sender)
    {
        var name = people.ResolvePerson(sender);
        return new SenderIdentity(name, name is not null && people.IsCoordinator(name), sender?.AadObjectId);
    }
}
