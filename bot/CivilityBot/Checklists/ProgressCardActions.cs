using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Model;
using CivilityBot.Cards.Progress;
using CivilityBot.Conversations;
using CivilityBot.Knowledge;
using CivilityBot.Protocol.Schema;
using CivilityBot.Turns;

namespace CivilityBot.Checklists;

/// <summary>
/// The user-specific view of a progress card posted in a group chat or channel (<see cref="ProgressVerbs.View"/>, the
/// card's <c>refresh</c> verb): a coordinator sees the whole progress as of now, a roster person who owns items sees their
/// own progress (on their own client only, as Teams shows refreshed views), anyone else keeps the card as it is. Only reads.
/// </summary>
public sealed class ProgressCardActions(ProgressCalculator calculator, ProgressViewers viewers) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [ProgressVerbs.View];

    public IReadOnlyCollection<string> RefreshVerbs => Verbs;

    public Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        var language = action.GetString(ChecklistFields.Language) == ChecklistFields.English ? ReplyLanguage.English : ReplyLanguage.Chinese;
        var sender = action.Sender;
        var report = sender.IsCoordinator ? calculator.Compute(null)
            : sender.PersonName is { } name ? calculator.Compute(name)
            : null;
        if (report is null || report.Totals.Total == 0)
        {
            return Task.FromResult(AdaptiveCardInvokeResponse.Message(CardActionRouter.NoOwnView));
        }

        var composed = ProgressCardComposer.Compose(report, language, viewers.Refresh(language));
        return Task.FromResult(CardActionReplies.Card(composed.Card));
    }
}
