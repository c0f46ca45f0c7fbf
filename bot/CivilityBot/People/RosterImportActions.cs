using CivilityBot.Cards.Model;
using CivilityBot.Cards.People;
using CivilityBot.Knowledge;
using CivilityBot.Protocol.Schema;
using CivilityBot.Turns;

namespace CivilityBot.People;

/// <summary>
/// 确认导入 / 取消 on a staff list preview: coordinators only. Confirming applies the previewed list in one transaction
/// (audited: who, when, each person added, changed or removed); a second press, or a preview overtaken by another
/// import, changes nothing and says so. The card becomes the outcome.
/// </summary>
public sealed class RosterImportActions(IRosterStore store, TimeProvider time) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [RosterImportVerbs.Confirm, RosterImportVerbs.Cancel];

    public Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        if (SenderChecks.CoordinatorRefusal(action.Sender, ReplyLanguage.Chinese) is { } refusal)
        {
            return Task.FromResult(AdaptiveCardInvokeResponse.Message(refusal));
        }

        var id = action.GetString(RosterImportVerbs.Draft) ?? "";
        if (store.FindDraft(id) is not { } draft)
        {
            return Task.FromResult(AdaptiveCardInvokeResponse.Message(RosterImportTexts.Expired));
        }

        var by = action.Sender.PersonName!;
        var text = action.Verb == RosterImportVerbs.Confirm ? Apply(id, by, draft)
            : store.Cancel(id, by, time.GetUtcNow()) ? RosterImportTexts.Cancelled(by)
            : RosterImportTexts.AlreadyDecided;
        var card = RosterImportView.Card(store.FindDraft(id)!, text);
        return Task.FromResult(CardActionReplies.Card(card));
    }

    private string Apply(string id, string by, RosterImportDraft draft) => store.Apply(id, by, time.GetUtcNow()) switch
    {
        RosterApplyOutcome.Applied => RosterImportTexts.Applied(draft, by),
        RosterApplyOutcome.Stale => RosterImportTexts.Stale,
        RosterApplyOutcome.NotFound => RosterImportTexts.Expired,
        _ => RosterImportTexts.AlreadyDecided,
    };
}
