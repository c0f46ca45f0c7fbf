using CivilityBot.Knowledge;

namespace CivilityBot.Turns;

/// <summary>
/// Decides where a personal card goes: into the conversation when it is the sender's 1:1 chat with the bot; otherwise
/// (group chat, channel) into the sender's 1:1 chat, with a short pointer in the shared conversation, or, when no 1:1
/// chat can be reached, a plain Chinese explanation there and no card. Commands call it through
/// <see cref="MessageTurn.ReplyPersonalCardsAsync"/>, so no command decides this on its own.
/// </summary>
public interface IPersonalDelivery
{
    /// <summary>Delivers <paramref name="cards"/> (at least one) for the sender of <paramref name="message"/>; never throws for a connector failure.</summary>
    Task DeliverAsync(MessageTurn message, IReadOnlyList<PersonalCard> cards, ReplyLanguage language, CancellationToken cancellationToken);
}
