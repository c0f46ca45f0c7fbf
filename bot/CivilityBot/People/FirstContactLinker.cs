using CivilityBot.Conversations;

namespace CivilityBot.People;

/// <summary>
/// Links a sender to the roster on their first message, whatever they write (a question, a greeting): registered as the
/// first chat command, it resolves the sender and always lets the message go on to the real handler.
/// </summary>
public sealed class FirstContactLinker(IPeopleDirectory people) : IMessageCommand
{
    public Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        people.ResolvePerson(message.Sender);
        return Task.FromResult(false);
    }
}
