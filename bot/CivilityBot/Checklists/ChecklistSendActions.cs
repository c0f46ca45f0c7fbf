using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Model;
using CivilityBot.Knowledge;
using CivilityBot.Outreach;
using CivilityBot.People;
using CivilityBot.Protocol.Schema;
using CivilityBot.Turns;

namespace CivilityBot.Checklists;

/// <summary>
/// Confirm / cancel on a 发送清单 preview. Confirming moves the draft batch to the outbox's queue atomically, so a repeated
/// press (or a replayed invoke) sends once; the dispatcher sends in the background and the card becomes the batch's
/// live status card.
/// </summary>
public sealed class ChecklistSendActions(IOutbox outbox, OutboxSignal signal, BatchStatusView view, BatchCancellation cancellation) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [ChecklistVerbs.SendConfirm, ChecklistVerbs.SendCancel];

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        var language = ReplyLanguages.FromLocale(action.Turn.Activity.Locale);
        if (SenderChecks.CoordinatorRefusal(action.Sender, language) is { } refusal)
        {
            return AdaptiveCardInvokeResponse.Message(refusal);
        }

        if (action.GetNumber(ChecklistFields.Batch) is not { } id || outbox.FindBroadcast(id) is not { Kind: OutboxKinds.Checklists })
        {
            return AdaptiveCardInvokeResponse.Message(SendTexts.Expired(language));
        }

        if (action.Verb == ChecklistVerbs.SendConfirm && outbox.Confirm(id, action.PressedCard))
        {
            signal.Notify();
        }
        else if (action.Verb == ChecklistVerbs.SendCancel)
        {
            await cancellation.CancelAsync(id, action.Sender.PersonName!, cancellationToken);
        }

        return CardActionReplies.Card(view.Card(outbox.FindBroadcast(id)!));
    }
}
