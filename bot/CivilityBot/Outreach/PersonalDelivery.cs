using System.Text.Json;
using System.Text.Json.Nodes;
using CivilityBot.Knowledge;
using CivilityBot.Protocol.Schema;
using CivilityBot.Turns;

namespace CivilityBot.Outreach;

/// <summary>
/// The one place that decides where a personal card goes. In the sender's 1:1 chat it is the reply. In a group chat or
/// channel it goes to the sender's 1:1 chat through <see cref="IProactiveMessenger"/> (a stored personal conversation;
/// else a new one created with <c>POST /v3/conversations</c> from the reference this turn just stored; else, with Graph
/// configured, the bot installed for the person first), and the shared conversation gets a short pointer that @mentions
/// the sender. When none of that works the shared conversation gets a plain explanation of what to do, never the card.
/// <para>
/// The send happens within the turn rather than through the outbox: it answers the person's own command, so they expect
/// it now and the pointer must say whether it arrived; nothing is queued that a restart would have to resume.
/// </para>
/// </summary>
public sealed partial class PersonalDelivery(IProactiveMessenger messenger, ILogger<PersonalDelivery> logger) : IPersonalDelivery
{
    public async Task DeliverAsync(MessageTurn message, IReadOnlyList<PersonalCard> cards, ReplyLanguage language, CancellationToken cancellationToken)
    {
        if (!message.InSharedConversation)
        {
            foreach (var card in cards)
            {
                await message.ReplyCardAsync(card.Summary, card.Card, cancellationToken);
            }

            return;
        }

        var summary = cards[0].Summary;
        if (message.Sender.PersonName is not { } person)
        {
            await message.ReplyAsync(Mentioning(message, who => PersonalDeliveryTexts.CannotReach(who, summary, message.Text, null, language)), cancellationToken);
            return;
        }

        var sent = 0;
        foreach (var card in cards)
        {
            var result = await messenger.SendAsync(person, CardMessage.Create(card.Summary, card.Card), cancellationToken);
            if (result.State != DeliveryState.Sent)
            {
                LogNotDelivered(logger, person, result.State, result.ErrorCode);
                await ReportFailureAsync(message, summary, sent, result.Reason, language, cancellationToken);
                return;
            }

            sent++;
        }

        await message.ReplyAsync(Mentioning(message, who => PersonalDeliveryTexts.Pointer(who, summary, language)), cancellationToken);
    }

    private static async Task ReportFailureAsync(
        MessageTurn message, string summary, int sent, string? reason, ReplyLanguage language, CancellationToken cancellationToken)
    {
        var text = sent == 0
            ? Mentioning(message, who => PersonalDeliveryTexts.CannotReach(who, summary, message.Text, reason, language))
            : Mentioning(message, who => PersonalDeliveryTexts.Pointer(who, summary, language) + PersonalDeliveryTexts.PartlySent(language));
        await message.ReplyAsync(text, cancellationToken);
    }

    /// <summary>
    /// A text reply that starts by @mentioning the sender (Teams renders <c>&lt;at&gt;name&lt;/at&gt;</c> with a mention
    /// entity naming the same text and the user's 29:… id), so the person is notified in a busy group.
    /// </summary>
    private static Activity Mentioning(MessageTurn message, Func<string, string> text)
    {
        var sender = message.Sender;
        var name = sender.DisplayName is { Length: > 0 } shown ? shown : sender.PersonName ?? string.Empty;
        if (sender.TeamsUserId is not { Length: > 0 } userId || name.Length == 0)
        {
            return message.Turn.Activity.CreateReply(text(name));
        }

        var mention = $"<at>{name}</at>";
        var reply = message.Turn.Activity.CreateReply(text(mention));
        reply.Entities = [MentionEntity(mention, userId, name)];
        return reply;
    }

    private static JsonElement MentionEntity(string text, string userId, string name)
    {
        var entity = new JsonObject
        {
            ["type"] = "mention",
            ["text"] = text,
            ["mentioned"] = new JsonObject { ["id"] = userId, ["name"] = name },
        };
        return JsonDocument.Parse(entity.ToJsonString()).RootElement.Clone();
    }

    [LoggerMessage(EventId = 5401, Level = LogLevel.Information,
        Message = "Personal card for {Person} not delivered to their 1:1 chat: {State} {ErrorCode}; told them in the shared conversation")]
    private static partial void LogNotDelivered(ILogger logger, string person, DeliveryState state, string? errorCode);
}
