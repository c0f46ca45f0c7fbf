using CivilityBot.Cards.Model;
using CivilityBot.Cards.Reminders;
using CivilityBot.Knowledge;
using CivilityBot.People;
using CivilityBot.Protocol.Schema;
using CivilityBot.Turns;
using static CivilityBot.Turns.CardActionReplies;

namespace CivilityBot.Outreach;

/// <summary>The status card's buttons (refresh, cancel) for a batch of any kind; coordinators only.</summary>
public sealed class BatchCardActions(IOutbox outbox, BatchStatusView view, BatchCancellation cancellation) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [BatchVerbs.Status, BatchVerbs.Cancel];

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        if (SenderChecks.CoordinatorRefusal(action.Sender, ReplyLanguage.Chinese) is { } refusal)
        {
            return AdaptiveCardInvokeResponse.Message(refusal);
        }

        if (action.GetNumber(ReminderFields.Broadcast) is not { } id || outbox.FindBroadcast(id) is not { } batch)
        {
            return AdaptiveCardInvokeResponse.Message(BatchCancellation.NoSuchBatch);
        }

        if (action.Verb == BatchVerbs.Status)
        {
            return Card(view.Card(batch));
        }

        var (cancelled, problem) = await cancellation.CancelAsync(id, action.Sender.PersonName!, cancellationToken);
        return cancelled is null ? AdaptiveCardInvokeResponse.Message(problem!) : Card(view.Card(cancelled));
    }
}
