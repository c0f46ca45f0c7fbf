using CivilityBot.People;
using CivilityBot.Turns;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>查看轮次 / 往届台账 / rounds (coordinators only): every round with its dates and figures, and a ledger button each.</summary>
public sealed class RoundListCommand(RoundCardComposer cards) : IMessageCommand
{
    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        if (!RoundCommandPatterns.List().IsMatch(message.Text.Trim()))
        {
            return false;
        }

        if (await message.RequireCoordinatorAsync(ReplyLanguage.Chinese, cancellationToken) is null)
        {
            return true;
        }

        return await MessageTurn.Handled(message.ReplyCardAsync(RoundTexts.ListTitle, cards.List(), cancellationToken));
    }
}
