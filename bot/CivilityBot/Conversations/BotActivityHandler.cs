using CivilityBot.Knowledge;
using CivilityBot.Protocol;
using CivilityBot.Protocol.Schema;

namespace CivilityBot.Conversations;

/// <summary>The bot's one turn entry point: records who wrote, then routes by activity type.</summary>
public sealed class BotActivityHandler(
    ConversationReferenceRecorder recorder,
    MessageRouter messages,
    CardActionRouter cardActions,
    QuestionAnswerer answerer,
    WelcomeGate welcomeGate) : IActivityHandler
{
    public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var sender = recorder.Record(turn);
        return turn.Activity.Type switch
        {
            ActivityTypes.Message => messages.RouteAsync(turn, sender, cancellationToken),
            ActivityTypes.Invoke => cardActions.RouteInvokeAsync(turn, sender, cancellationToken),
            ActivityTypes.ConversationUpdate when BotWasAdded(turn.Activity) => WelcomeAsync(turn, cancellationToken),
            ActivityTypes.InstallationUpdate when IsInstall(turn.Activity) => WelcomeAsync(turn, cancellationToken),
            _ => Task.CompletedTask,
        };
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
        await turn.SendActivityAsync(CardMessage.ReplyTo(turn.Activity, welcome.Summary, welcome.CardJson), cancellationToken);
    }

    private static bool BotWasAdded(Activity activity) =>
        activity.MembersAdded?.Exists(member => member.Id == activity.Recipient?.Id) == true;

    private static bool IsInstall(Activity activity) =>
        activity.Action is "add" or "add-upgrade";
}
