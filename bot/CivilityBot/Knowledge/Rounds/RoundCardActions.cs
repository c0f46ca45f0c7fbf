using CivilityBot.Cards.Model;
using CivilityBot.Cards.Plan;
using CivilityBot.People;
using CivilityBot.Protocol.Schema;
using CivilityBot.Turns;
using static CivilityBot.Turns.CardActionReplies;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>
/// 确认开始新一轮 / 取消 on a new round's preview and 导出…台账 on the round cards (coordinators only). A preview made on an
/// older plan (a correction or another round came in between) is refused, so a second press never starts two rounds.
/// </summary>
public sealed class RoundCardActions(RoundBook rounds, RoundCardComposer cards, RoundLedgerLinks links) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [RoundVerbs.Confirm, RoundVerbs.Cancel, RoundVerbs.Ledger];

    public Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        if (SenderChecks.CoordinatorRefusal(action.Sender, ReplyLanguage.Chinese) is { } refusal)
        {
            return Task.FromResult(AdaptiveCardInvokeResponse.Message(refusal));
        }

        return Task.FromResult(action.Verb switch
        {
            RoundVerbs.Cancel => Card(RoundCardComposer.Cancelled()),
            RoundVerbs.Ledger => Ledger(action),
            _ => Confirm(action),
        });
    }

    private AdaptiveCardInvokeResponse Confirm(CardActionTurn action)
    {
        if (action.GetNumber(RoundFields.Draft) is not { } draft || action.GetNumber(RoundFields.Version) is not { } version)
        {
            return AdaptiveCardInvokeResponse.Message(RoundTexts.NotAPreview);
        }

        var result = rounds.Start(draft, version, action.Sender.PersonName!);
        return result is { Started: { } started, Archived: { } archived }
            ? Card(cards.Started(started, archived))
            : AdaptiveCardInvokeResponse.Message(result.Problem!);
    }

    private AdaptiveCardInvokeResponse Ledger(CardActionTurn action) =>
        action.GetNumber(RoundFields.Round) is { } round && links.Card(round, action.Sender.PersonName!) is { } card
            ? Card(card)
            : AdaptiveCardInvokeResponse.Message(RoundTexts.NoSuchRound);

}
