using CivilityBot.People;
using CivilityBot.Turns;

namespace CivilityBot.Knowledge.Corrections;

/// <summary>更正记录 (coordinators only): every plan correction with who, when, old → new and who reverted it.</summary>
public sealed class PlanHistoryCommand(PlanState plan, PlanCardComposer cards) : IMessageCommand
{
    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        if (!PlanCommandPatterns.History().IsMatch(message.Text.Trim()))
        {
            return false;
        }

        if (await message.RequireCoordinatorAsync(ReplyLanguage.Chinese, cancellationToken) is null)
        {
            return true;
        }

        var changes = plan.History;
        if (changes.Count == 0)
        {
            return await MessageTurn.Handled(message.ReplyTextAsync(PlanTexts.NoHistory, cancellationToken));
        }

        var summary = string.Join("\n", changes.OrderByDescending(change => change.Id).Take(5).Select(cards.Line));
        return await MessageTurn.Handled(message.ReplyCardAsync(summary, cards.History(changes), cancellationToken));
    }
}
