using System.Collections.Frozen;
using System.Text.Json;
using CivilityBot.Protocol;
using CivilityBot.Protocol.Schema;
using CivilityBot.Turns;

namespace CivilityBot.Conversations;

/// <summary>
/// Routes card verbs to the feature that owns them, through a verb → handler table built at start-up. Action.Execute
/// answers inline with the new card; the Action.Submit fallback gets the same result as an update of the pressed card
/// (or a new message when Teams refuses the update).
/// </summary>
public sealed partial class CardActionRouter
{
    private const string Expired = "这个按钮已失效，请重新打开卡片。";
    private readonly FrozenDictionary<string, ICardActionHandler> _handlers;
    private readonly TurnReplies _replies;
    private readonly ILogger<CardActionRouter> _logger;

    /// <exception cref="InvalidOperationException">Two handlers claim the same verb.</exception>
    public CardActionRouter(IEnumerable<ICardActionHandler> handlers, TurnReplies replies, ILogger<CardActionRouter> logger)
    {
        var table = new Dictionary<string, ICardActionHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            foreach (var verb in handler.Verbs)
            {
                if (!table.TryAdd(verb, handler))
                {
                    throw new InvalidOperationException(
                        $"Card verb '{verb}' is claimed by both {table[verb].GetType().Name} and {handler.GetType().Name}.");
                }
            }
        }

        (_handlers, _replies, _logger) = (table.ToFrozenDictionary(StringComparer.Ordinal), replies, logger);
    }

    public async Task RouteInvokeAsync(TurnContext turn, SenderIdentity sender, CancellationToken cancellationToken)
    {
        if (turn.Activity.Name != InvokeNames.AdaptiveCardAction)
        {
            return; // no invoke response: the endpoint answers 400 NotSupported
        }

        var action = JsonFields.Object(turn.Activity.Value, "action");
        if (JsonFields.String(action, "verb") is not { } verb)
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponse.Error(400, ErrorCodes.BadRequest, Expired);
            return;
        }

        var data = JsonFields.Object(action, "data") ?? default;
        turn.InvokeResponse = await HandleAsync(new CardActionTurn(turn, verb, data, sender), cancellationToken);
    }

    public async Task RouteSubmitAsync(TurnContext turn, string verb, SenderIdentity sender, CancellationToken cancellationToken)
    {
        var result = await HandleAsync(new CardActionTurn(turn, verb, turn.Activity.Value!.Value, sender), cancellationToken);
        var reply = ToMessage(turn.Activity, result);
        if (result.Type == AttachmentContentTypes.AdaptiveCard && turn.Activity.ReplyToId is { Length: > 0 } cardId)
        {
            reply.Id = cardId;
            await _replies.UpdateAsync(turn, reply, cancellationToken);
            return;
        }

        await _replies.SendAsync(turn, reply, cancellationToken);
    }

    private async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        if (!_handlers.TryGetValue(action.Verb, out var handler))
        {
            LogUnknownVerb(_logger, action.Verb);
            return AdaptiveCardInvokeResponse.Error(400, ErrorCodes.BadRequest, Expired);
        }

        return await handler.HandleAsync(action, cancellationToken);
    }

    private static Activity ToMessage(Activity inbound, AdaptiveCardInvokeResponse result)
    {
        var reply = inbound.CreateReply();
        if (result.Type == AttachmentContentTypes.AdaptiveCard && result.Value is { } card)
        {
            reply.Attachments = [CardMessage.ToAttachment(card)];
            return reply;
        }

        reply.Text = result.Value is { ValueKind: JsonValueKind.String } text ? text.GetString() : JsonFields.String(result.Value, "message");
        return reply;
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Card action with unknown verb {Verb}")]
    private static partial void LogUnknownVerb(ILogger logger, string verb);
}
