using CivilityBot.Conversations;
using CivilityBot.Knowledge;

namespace CivilityBot.People;

public static class PeopleDirectoryExtensions
{
    /// <summary>Resolves the sender (linking on first contact when allowed) and looks up their role.</summary>
    public static SenderIdentity Identify(this IPeopleDirectory people, ConversationReferenceRecord? sender)
    {
        var name = people.ResolvePerson(sender);
        return new SenderIdentity(name, name is not null && people.IsCoordinator(name), sender?.AadObjectId);
    }

    /// <summary>For commands about one's own work: the sender when they are on the roster; anyone else is told so and gets null.</summary>
    public static Task<SenderIdentity?> IdentifyOnRosterAsync(
        this IPeopleDirectory people, MessageTurn message, ReplyLanguage language, CancellationToken cancellationToken)
    {
        var sender = people.Identify(message.Sender);
        return AdmitAsync(message, sender, sender.IsOnRoster ? null : PeopleReplies.NotOnRoster(language), cancellationToken);
    }

    /// <summary>For coordinator-only commands: the sender when they are a coordinator; anyone else is told why not and gets null.</summary>
    public static Task<SenderIdentity?> IdentifyCoordinatorAsync(
        this IPeopleDirectory people, MessageTurn message, ReplyLanguage language, CancellationToken cancellationToken)
    {
        var sender = people.Identify(message.Sender);
        return AdmitAsync(message, sender, sender.IsCoordinator ? null : PeopleReplies.NotCoordinator(sender, language), cancellationToken);
    }

    private static async Task<SenderIdentity?> AdmitAsync(
        MessageTurn message, SenderIdentity sender, string? refusal, CancellationToken cancellationToken)
    {
        if (refusal is null)
        {
            return sender;
        }

        await message.ReplyTextAsync(refusal, cancellationToken);
        return null;
    }
}
