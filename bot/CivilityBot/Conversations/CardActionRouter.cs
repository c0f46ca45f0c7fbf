using System.Text.Json;
using CivilityBot.Protocol;
using CivilityBot.Protocol.Schema;

namespace CivilityBot.Conversations;

/// <summary>
/// Routes card verbs to the feature that owns them. Action.Execute answers inline with the new card;
/// the Action.Submit fallback gets the same result as a card update (or a new message).
/// </summary>
public sealed partial class CardActionRouter(IEnumerable<ICardActionHandler> handlers, ILogger<CardActionRouter> logger)
{
    private readonly ICardActionHandler[] _handlers = handlers.ToArray();

    public async Task RouteInvokeAsync(TurnContext turn, ConversationReferenceRecord? sender, CancellationToken cancellationToken)
    {
        if (turn.Activity.Name != InvokeNames.AdaptiveCardAction || !TryReadAction(turn.Activity.Value, out var verb, out var data))
        {
            return; // no invoke response: the endpoint answers 501, as the SDK does for unknown invokes
        }

        turn.InvokeResponse = await HandleAsync(new CardActionTurn(turn, verb, data, sender), cancellationToken);
    }

    public async Task RouteSubmitAsync(TurnContext turn, string verb, ConversationReferenceRecord? sender, CancellationToken cancellationToken)
    {
        var result = await HandleAsync(new CardActionTurn(turn, verb, turn.Activity.Value!.Value, sender), cancellationToken);
        var reply = ToMessage(turn.Activity, result);
        if (result.Type == AttachmentContentTypes.AdaptiveCard && turn.Activity.ReplyToId is { Length: > 0 } cardId)
        {
            reply.Id = cardId;
            await turn.UpdateActivityAsync(reply, cancellationToken);
            return;
        }

        await turn.SendActivityAsync(reply, cancellationToken);
    }

    private async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        var handler = Array.Find(_handlers, h => h.Handles(action.Verb));
        if (handler is null)
        {
            LogUnknownVerb(logger, action.Verb);
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "这个按钮已失效，请重新打开卡片。");
        }

        try
        {
            return await handler.HandleAsync(action, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogActionFailed(logger, exception, action.Verb);
            return AdaptiveCardInvokeResponse.Error(500, "InternalError", "保存时出现问题，请稍后再试。");
        }
    }

    private static Activity ToMessage(Activity inbound, AdaptiveCardInvokeResponse result)
    {
        var reply = inbound.CreateReply();
        if (result.Type == AttachmentContentTypes.AdaptiveCard && result.Value is { } card)
        {
            reply.Attachments = [CardMessage.ToAttachment(card)];
            return reply;
        }

        reply.Text = result.Value is { ValueKind: JsonValueKind.String } text ? text.GetString()
            : result.Value?.TryGetProperty("message", out var message) == true ? message.GetString() : null;
        return reply;
    }

    private static bool TryReadAction(JsonElement? value, out string verb, out JsonElement data)
    {
        verb = string.Empty;
        data = default;
        if (value is not { ValueKind: JsonValueKind.Object } v || !v.TryGetProperty("action", out var action)
            || !action.TryGetProperty("verb", out var verbElement) || verbElement.GetString() is not { } name)
        {
            return false;
        }

        verb = name;
        data = action.TryGetProperty("data", out var d) ? d : default;
        return true;
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Card action with unknown verb {Verb}")]
    private static partial void LogUnknownVerb(ILogger logger, string verb);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "Card action {Verb} failed")]
    private static partial void LogActionFailed(ILogger logger, Exception exception, string verb);
}
