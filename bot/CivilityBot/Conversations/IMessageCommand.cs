namespace CivilityBot.Conversations;

/// <summary>A chat command of one feature. Commands are tried in registration order; questions come last.</summary>
public interface IMessageCommand
{
    Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken);
}
