using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Model;
using CivilityBot.Conversations;
using CivilityBot.Knowledge;
using CivilityBot.People;
using CivilityBot.Protocol.Schema;

namespace CivilityBot.Checklists;

/// <summary>
/// Confirm / cancel on a send preview. The state change is atomic, so a repeated press (or a replayed invoke) starts the
/// send once; the fan-out runs in the background and the card answers at once.
/// </summary>
public sealed class ChecklistSendActions(
    IPeopleDirectory people, IChecklistSendStore store, ChecklistSendQueue queue, TimeProvider time) : ICardActionHandler
{
    public bool Handles(string verb) => verb is ChecklistVerbs.SendConfirm or ChecklistVerbs.SendCancel;

    public Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        var batch = action.GetString(ChecklistFields.Batch) is { Length: > 0 } id ? store.Find(id) : null;
        var language = batch?.Language ?? ReplyLanguages.FromLocale(action.Turn.Activity.Locale);
        var sender = people.Identify(action.Sender);
        if (!sender.IsCoordinator)
        {
            return Task.FromResult(AdaptiveCardInvokeResponse.Message(PeopleReplies.NotCoordinator(sender, language)));
        }

        if (batch is null)
        {
            return Task.FromResult(AdaptiveCardInvokeResponse.Message(SendTexts.Expired(language)));
        }

        var card = action.Verb == ChecklistVerbs.SendConfirm ? Confirm(batch) : Cancel(batch);
        return Task.FromResult(AdaptiveCardInvokeResponse.Card(CardJson.ToElement(card)));
    }

    private AdaptiveCard Confirm(ChecklistSendBatch batch)
    {
        var confirmed = store.Transition(batch.Id, SendBatchState.AwaitingConfirmation, SendBatchState.Confirmed, time.GetUtcNow());
        if (confirmed is null)
        {
            return SendStatusComposer.Compose(store.Find(batch.Id)!).Card;
        }

        queue.Enqueue(batch.Id);
        return SendStatusComposer.Started(confirmed).Card;
    }

    private AdaptiveCard Cancel(ChecklistSendBatch batch)
    {
        var cancelled = store.Transition(batch.Id, SendBatchState.AwaitingConfirmation, SendBatchState.Cancelled, time.GetUtcNow());
        return SendStatusComposer.Compose(cancelled ?? store.Find(batch.Id)!).Card;
    }
}
