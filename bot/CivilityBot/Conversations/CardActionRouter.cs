using System.Collections.Frozen;
using System.Text.Json;
using CivilityBot.Protocol;
using CivilityBot.Protocol.Schema;
using CivilityBot.Turns;

namespace CivilityBot.Conversations;

/// <summary>
/// Routes card verbs to the feature that owns them, through a verb → handler table built at start-up. Action.Execute
/// answers inline with the new card; the Action.Submit fallback gets the same result as an update of the pressed card
/// (or a new message when Teams refuses the update). Teams' automatic refresh (<c>trigger: "automatic"</c>) reaches only
/// the verbs a handler lists in <see cref="ICardActionHandler.RefreshVerbs"/>; any other verb gets a message and the card
/// stays as it is, so a refresh can never save or send anything.
/// </summary>
public sealed partial class CardActionRouter
{
    private const string Expired = "这个按钮已失效，请重新打开卡片。";

    /// <summary>The answer to an automatic refresh the bot has no view for: a message, so the card stays as it is.</summary>
    public const string NoOwnView = "这张卡片没有您的单独视图，内容保持不变。";

    private readonly FrozenDictionary<string, ICardActionHandler> _handlers;
    private readonly FrozenSet<string> _refreshVerbs;
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
        _refreshVerbs = table.Where(pair => pair.Value.RefreshVerbs.Contains(pair.Key)).Select(pair => pair.Key).ToFrozenSet(StringComparer.Ordinal);
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

        if (action.IsAutomaticRefresh && !_refreshVerbs.Contains(action.Verb))
        {
            // Teams' automatic refresh is no button press: a verb that changes something never runs from it.
            LogRefreshRefused(_logger, action.Verb);
            return AdaptiveCardInvokeResponse.Message(NoOwnView);
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

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Automatic refresh with verb {Verb}, which is not a read-only view: card left as it is")]
    private static partial void LogRefreshRefused(ILogger logger, string verb);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Card action with unknown verb {Verb}")]
    private static partial void LogUnknownVerb(ILogger logger, string verb);
}
