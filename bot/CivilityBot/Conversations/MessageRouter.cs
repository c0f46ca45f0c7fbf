using CivilityBot.Cards.Model;
using CivilityBot.Knowledge;
using CivilityBot.Protocol;
using CivilityBot.Protocol.Schema;
using CivilityBot.Turns;

namespace CivilityBot.Conversations;

/// <summary>
/// Routes a message: card submissions to their feature, then the chat commands in <see cref="CommandOrder"/>, and
/// everything else to question answering, which always has an answer (at worst a "did you mean").
/// </summary>
public sealed class MessageRouter
{
    private readonly IMessageCommand[] _commands;
    private readonly MessageNormalizer _normalizer;
    private readonly CardActionRouter _cardActions;
    private readonly QuestionAnswerer _answerer;
    private readonly TurnReplies _replies;
    private readonly IPersonalDelivery? _personal;

    /// <exception cref="InvalidOperationException">Two commands registered for one slot of <see cref="CommandOrder"/>.</exception>
    public MessageRouter(
        IEnumerable<MessageCommandRegistration> registrations, IServiceProvider services, MessageNormalizer normalizer,
        CardActionRouter cardActions, QuestionAnswerer answerer, TurnReplies replies, IPersonalDelivery? personal = null)
    {
        var ordered = registrations.OrderBy(registration => registration.Order).ToList();
        var clash = ordered.GroupBy(registration => registration.Order).FirstOrDefault(slot => slot.Count() > 1);
        if (clash is not null)
        {
            throw new InvalidOperationException(
                $"Command slot {clash.Key} is registered twice ({string.Join(", ", clash.Select(r => r.CommandType.Name))}).");
        }

        _commands = [.. ordered.Select(registration => (IMessageCommand)services.GetRequiredService(registration.CommandType))];
        (_normalizer, _cardActions, _answerer, _replies, _personal) = (normalizer, cardActions, answerer, replies, personal);
    }

    public async Task RouteAsync(TurnContext turn, SenderIdentity sender, CancellationToken cancellationToken)
    {
        var value = turn.Activity.Value;
        if (JsonFields.String(value, CardData.Verb) is { } verb)
        {
            await _cardActions.RouteSubmitAsync(turn, verb, sender, cancellationToken);
            return;
        }

        var text = JsonFields.String(value, CardData.Text) is { } asked ? MessageNormalizer.Clean(asked) : _normalizer.Normalize(turn.Activity);
        var message = new MessageTurn(turn, text, sender, _replies) { Personal = _personal };
        foreach (var command in _commands)
        {
            if (await command.TryHandleAsync(message, cancellationToken))
            {
                return;
            }
        }

        var answer = _answerer.Answer(text);
        await message.ReplyAsync(CardMessage.ReplyTo(turn.Activity, answer.Summary, answer.CardJson), cancellationToken);
    }
}
