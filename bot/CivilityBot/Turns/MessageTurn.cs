using CivilityBot.Cards.Model;
using CivilityBot.Knowledge;
using CivilityBot.Protocol;
using CivilityBot.Protocol.Schema;

namespace CivilityBot.Turns;

/// <summary>
/// A chat message as the features see it: the normalised text (bot mention removed, other mentions replaced by roster
/// names, invisible characters dropped), who sent it, and the ways to answer. Replies go through
/// <see cref="TurnReplies"/>, so a reply Teams refuses never fails the turn.
/// </summary>
public sealed record MessageTurn(TurnContext Turn, string Text, SenderIdentity Sender, TurnReplies Replies)
{
    public Task ReplyTextAsync(string text, CancellationToken cancellationToken) =>
        Replies.SendAsync(Turn, Turn.Activity.CreateReply(text), cancellationToken);

    public Task ReplyCardAsync(string summary, AdaptiveCard card, CancellationToken cancellationToken) =>
        Replies.SendAsync(Turn, CardMessage.ReplyTo(Turn.Activity, summary, card), cancellationToken);

    public Task ReplyAsync(Activity reply, CancellationToken cancellationToken) => Replies.SendAsync(Turn, reply, cancellationToken);

    /// <summary>Where personal cards go (<see cref="IPersonalDelivery"/>); null answers them in this conversation.</summary>
    public IPersonalDelivery? Personal { get; init; }

    /// <summary>True in a group chat or channel: what the bot posts here, every member reads.</summary>
    public bool InSharedConversation => ConversationKinds.IsShared(Turn.Activity);

    /// <summary>
    /// Answers with cards only the sender should read (their checklist, their own progress): here in a 1:1 chat, in the
    /// sender's 1:1 chat with a pointer here when this is a group chat or channel (see <see cref="IPersonalDelivery"/>).
    /// </summary>
    public async Task ReplyPersonalCardsAsync(IReadOnlyList<PersonalCard> cards, ReplyLanguage language, CancellationToken cancellationToken)
    {
        if (Personal is { } personal)
        {
            await personal.DeliverAsync(this, cards, language, cancellationToken);
            return;
        }

        foreach (var card in cards)
        {
            await ReplyCardAsync(card.Summary, card.Card, cancellationToken);
        }
    }

    /// <summary>Awaits a reply and says the command handled the message: <c>return await MessageTurn.Handled(message.ReplyTextAsync(…));</c></summary>
    public static async Task<bool> Handled(Task reply)
    {
        await reply;
        return true;
    }
}
