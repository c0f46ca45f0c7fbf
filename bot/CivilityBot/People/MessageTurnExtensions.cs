using CivilityBot.Cards.Model;
using CivilityBot.Conversations;

namespace CivilityBot.People;

public static class MessageTurnExtensions
{
    public static async Task ReplyTextAsync(this MessageTurn message, string text, CancellationToken cancellationToken) =>
        await message.Turn.SendActivityAsync(message.Turn.Activity.CreateReply(text), cancellationToken);

    public static async Task ReplyCardAsync(this MessageTurn message, string summary, AdaptiveCard card, CancellationToken cancellationToken) =>
        await message.Turn.SendActivityAsync(CardMessage.ReplyTo(message.Turn.Activity, summary, card), cancellationToken);
}
