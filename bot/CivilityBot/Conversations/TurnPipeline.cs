using CivilityBot.Knowledge;
using CivilityBot.People;
using CivilityBot.Protocol;
using CivilityBot.Protocol.Schema;
using CivilityBot.Turns;

using CivilityBot.Storage;

namespace CivilityBot.Conversations;

/// <summary>
/// The bot's one turn entry point. For every inbound activity, once and in this order: record where the sender can be
/// reached (which also lifts a block), link an unknown account to the roster (the only step that may write a link),
/// identify the sender (a pure lookup), then route: a message is normalised (<see cref="MessageNormalizer"/>) and tried
/// against the command table, then answered as a question (<see cref="MessageRouter"/>); a card action goes to its verb's
/// handler (<see cref="CardActionRouter"/>). Everything runs in a logging scope naming the
/// activity; whatever fails after the state change is logged and the turn still answers 200.
/// </summary>
public sealed partial class TurnPipeline(
    ConversationReferences references,
    IPeopleDirectory people,
    MessageRouter messages,
    CardActionRouter cardActions,
    QuestionAnswerer answerer,
    WelcomeGate welcomeGate,
    TurnReplies replies,
    ILogger<TurnPipeline> logger,
    IStoreVersions? versions = null) : IActivityHandler
{
    private static readonly SingleProcessStoreVersions NoVersions = new();

    public const string FailedText = "抱歉，处理这条消息时出了问题，请稍后再试。如果一直这样，请联系管理员。";

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ActivityId"] = activity.Id,
            ["ActivityType"] = activity.Type,
            ["ConversationId"] = activity.Conversation?.Id,
        });
        // One read of the store versions serves every cache check of this turn (see IStoreVersions).
        using var pinned = (versions ?? NoVersions).PinForTurn();
        try
        {
            await RunAsync(turn, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogTurnFailed(logger, exception, activity.Id);
            await ReportFailureAsync(turn, cancellationToken);
        }
    }

    private async Task RunAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Conversation?.Id is not { Length: > 0 })
        {
            return; // nothing to answer into and nobody to record
        }

        references.Record(turn);
        var sender = Identify(turn.Activity);
        switch (turn.Activity.Type)
        {
            case ActivityTypes.Message:
                await messages.RouteAsync(turn, sender, cancellationToken);
                break;
            case ActivityTypes.Invoke:
                await cardActions.RouteInvokeAsync(turn, sender, cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate when BotWasAdded(turn.Activity):
            case ActivityTypes.InstallationUpdate when IsInstall(turn.Activity):
                await WelcomeAsync(turn, cancellationToken);
                break;
        }
    }

    private SenderIdentity Identify(Activity activity)
    {
        if (activity.From is not { Id: { Length: > 0 and <= ConversationReferences.MaxIdLength } } from)
        {
            return SenderIdentity.Unknown;
        }

        var account = new TeamsIdentity(from.AadObjectId, from.Id, activity.GetTenantId());
        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke)
        {
            people.LinkOnFirstContact(account, from.Name);
        }

        return people.Identify(account, from.Name);
    }

    private async Task WelcomeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // Teams announces a personal install with both conversationUpdate and installationUpdate: greet once.
        if (!welcomeGate.TryEnter(turn.Activity.Conversation?.Id))
        {
            return;
        }

        // Chinese first, and the same greeting whichever of Teams' two install events (with or without a locale) comes first.
        var welcome = answerer.Welcome(ReplyLanguage.Chinese);
        await replies.SendAsync(turn, CardMessage.ReplyTo(turn.Activity, welcome.Summary, welcome.CardJson), cancellationToken);
    }

    private async Task ReportFailureAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponse.Message(FailedText);
        }
        else if (turn.Activity.Type == ActivityTypes.Message)
        {
            await replies.SendAsync(turn, turn.Activity.CreateReply(FailedText), cancellationToken);
        }
    }

    private static bool BotWasAdded(Activity activity) =>
        activity.MembersAdded?.Exists(member => member.Id == activity.Recipient?.Id) == true;

    private static bool IsInstall(Activity activity) =>
        activity.Action is "add" or "add-upgrade";

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Turn for activity {ActivityId} failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityId);
}
