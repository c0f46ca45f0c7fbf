using CivilityBot.Cards.Model;
using CivilityBot.Cards.Plan;
using CivilityBot.People;
using CivilityBot.Protocol.Schema;
using CivilityBot.Turns;
using static CivilityBot.Turns.CardActionReplies;

namespace CivilityBot.Knowledge.Corrections;

/// <summary>
/// 确认更正 / 取消 on a preview and 撤销这次更正 on an applied correction (coordinators only). A preview made on an
/// older plan (another correction came in between) is refused, so a second press of the same card, or a stale card,
/// never applies a change twice or on top of one the coordinator did not see.
/// </summary>
public sealed class PlanCardActions(PlanState plan, PlanCardComposer cards) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [PlanVerbs.Confirm, PlanVerbs.Cancel, PlanVerbs.Revert];

    public Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        if (SenderChecks.CoordinatorRefusal(action.Sender, ReplyLanguage.Chinese) is { } refusal)
        {
            return Task.FromResult(AdaptiveCardInvokeResponse.Message(refusal));
        }

        return Task.FromResult(action.Verb switch
        {
            PlanVerbs.Cancel => Card(PlanCardComposer.Cancelled()),
            PlanVerbs.Revert => Revert(action),
            _ => Confirm(action),
        });
    }

    private AdaptiveCardInvokeResponse Confirm(CardActionTurn action)
    {
        if (!Enum.TryParse<PlanCorrectionKind>(action.GetString(PlanFields.Kind), ignoreCase: false, out var kind) || !Enum.IsDefined(kind)
            || action.GetString(PlanFields.Target) is not { } target || action.GetString(PlanFields.Value) is not { } value
            || action.GetNumber(PlanFields.Version) is not { } version)
        {
            return AdaptiveCardInvokeResponse.Message(PlanTexts.NotAPreview);
        }

        var result = plan.Apply(new PlanCorrection(kind, target, value), action.Sender.PersonName!, version);
        return result.Change is { } change ? Card(cards.Applied(change))
            : AdaptiveCardInvokeResponse.Message(result.Problem == PlanState.StalePreview ? PlanTexts.Stale : PlanTexts.Refused(result.Problem!));
    }

    private AdaptiveCardInvokeResponse Revert(CardActionTurn action)
    {
        var id = action.GetNumber(PlanFields.Change) ?? 0; // no change has id 0, so Revert refuses it
        if (!plan.Revert(id, action.Sender.PersonName!))
        {
            return AdaptiveCardInvokeResponse.Message(PlanTexts.NoSuchChange(id));
        }

        return Card(cards.Reverted(plan.History.First(change => change.Id == id), plan.Skipped));
    }
}
