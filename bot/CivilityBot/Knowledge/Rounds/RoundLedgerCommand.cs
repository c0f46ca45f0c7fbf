using CivilityBot.People;
using CivilityBot.Turns;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>导出2023年台账 / export 2023 ledger (coordinators only): download links of that round's ledger, archived or not.</summary>
public sealed class RoundLedgerCommand(RoundBook rounds, RoundLedgerLinks links) : IMessageCommand
{
    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        var match = RoundCommandPatterns.YearLedger().Match(message.Text.Trim());
        if (!match.Success)
        {
            return false;
        }

        if (await message.RequireCoordinatorAsync(ReplyLanguage.Chinese, cancellationToken) is not { } coordinator)
        {
            return true;
        }

        var year = match.Groups["year"].Value;
        if (rounds.OfYear(year) is not [var round, ..] || links.Card(round.Id, coordinator) is not { } card)
        {
            return await MessageTurn.Handled(message.ReplyTextAsync($"没有{year}年的轮次。发送“查看轮次”查看所有轮次。", cancellationToken));
        }

        return await MessageTurn.Handled(message.ReplyCardAsync($"{round.Label}台账导出", card, cancellationToken));
    }
}
