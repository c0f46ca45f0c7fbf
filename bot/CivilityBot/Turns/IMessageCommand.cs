namespace CivilityBot.Turns;

/// <summary>
/// A chat command of one feature. Features register it with <see cref="TurnServiceCollectionExtensions.AddMessageCommand{T}"/>
/// and a slot of <see cref="CommandOrder"/>; the turn pipeline tries commands in that order, and questions come last.
/// </summary>
public interface IMessageCommand
{
    /// <summary>True when the command recognised the text and answered (refusals included); false lets the next one try.</summary>
    Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken);
}
