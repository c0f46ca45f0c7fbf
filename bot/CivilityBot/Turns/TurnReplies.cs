using CivilityBot.Protocol;
using CivilityBot.Protocol.Schema;

namespace CivilityBot.Turns;

/// <summary>
/// Sends a turn's replies so that a reply Teams refuses never fails the turn: by the time a feature replies, its state
/// change is committed, and a 5xx would only make Teams redeliver an activity that was already handled. An over-size
/// message (measured before sending, or answered 413) becomes a short text that points to the paged views; a card update
/// refused with 400/403/404 (for example <c>ActivityNotFoundInConversation</c>) is sent as a new message; every other
/// failure is logged at Warning with the activity id, status and Teams error code.
/// </summary>
public sealed partial class TurnReplies(ILogger<TurnReplies> logger)
{
    /// <summary>What a reader sees instead of a message that is too large for Teams.</summary>
    public const string TooLargeText = "内容太多，Teams 无法在一条消息里显示。请分页查看（卡片上的“下一页”），或缩小范围，例如“我的进度”“查看 宋伟 的清单”。";

    /// <summary>Sends <paramref name="reply"/> into the turn's conversation; never throws for a connector failure.</summary>
    public async Task SendAsync(TurnContext turn, Activity reply, CancellationToken cancellationToken)
    {
        if (!ActivitySize.FitsTeams(reply))
        {
            LogTooLarge(logger, turn.Activity.Id, ActivitySize.Utf16Bytes(reply));
            reply = ShortText(turn);
        }

        try
        {
            await turn.SendActivityAsync(reply, cancellationToken);
        }
        catch (ConnectorException exception) when (exception.StatusCode == 413)
        {
            LogRefused(logger, turn.Activity.Id, exception.StatusCode, exception.ErrorCode);
            await TrySendAsync(turn, ShortText(turn), cancellationToken);
        }
        catch (ConnectorException exception)
        {
            LogRefused(logger, turn.Activity.Id, exception.StatusCode, exception.ErrorCode);
        }
        catch (HttpRequestException exception)
        {
            LogUnanswered(logger, exception, turn.Activity.Id);
        }
    }

    /// <summary>
    /// Replaces the card the user pressed (<paramref name="update"/> carries its id); when Teams refuses the update with
    /// 400, 403 or 404 the card goes out as a new message instead.
    /// </summary>
    public async Task UpdateAsync(TurnContext turn, Activity update, CancellationToken cancellationToken)
    {
        try
        {
            await turn.UpdateActivityAsync(update, cancellationToken);
        }
        catch (ConnectorException exception) when (exception.StatusCode is 400 or 403 or 404 or 413)
        {
            LogRefused(logger, turn.Activity.Id, exception.StatusCode, exception.ErrorCode);
            update.Id = null;
            await SendAsync(turn, update, cancellationToken);
        }
        catch (ConnectorException exception)
        {
            LogRefused(logger, turn.Activity.Id, exception.StatusCode, exception.ErrorCode);
        }
        catch (HttpRequestException exception)
        {
            LogUnanswered(logger, exception, turn.Activity.Id);
        }
    }

    private async Task TrySendAsync(TurnContext turn, Activity reply, CancellationToken cancellationToken)
    {
        try
        {
            await turn.SendActivityAsync(reply, cancellationToken);
        }
        catch (Exception exception) when (exception is ConnectorException or HttpRequestException)
        {
            LogUnanswered(logger, exception, turn.Activity.Id);
        }
    }

    private static Activity ShortText(TurnContext turn) => turn.Activity.CreateReply(TooLargeText);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Reply to activity {ActivityId} refused by Teams: HTTP {StatusCode} {ErrorCode}")]
    private static partial void LogRefused(ILogger logger, string? activityId, int statusCode, string? errorCode);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning, Message = "Reply to activity {ActivityId} got no answer from Teams")]
    private static partial void LogUnanswered(ILogger logger, Exception exception, string? activityId);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Warning, Message = "Reply to activity {ActivityId} is {Bytes} bytes, over Teams' limit: sent a short text instead")]
    private static partial void LogTooLarge(ILogger logger, string? activityId, int bytes);
}
