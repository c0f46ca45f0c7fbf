using CivilityBot.People;
using CivilityBot.Turns;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>
/// 开始新一轮 2026-03-01 2026-06-30 / start new round … (coordinators only): previews a copy of the current plan with the
/// new phase dates and what will be archived; changes nothing. The card's 确认开始新一轮 starts it (<see cref="RoundCardActions"/>).
/// </summary>
public sealed class StartRoundCommand(RoundBook rounds, RoundCardComposer cards) : IMessageCommand
{
    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        var match = RoundCommandPatterns.Start().Match(message.Text.Trim());
        if (!match.Success)
        {
            return false;
        }

        if (await message.RequireCoordinatorAsync(ReplyLanguage.Chinese, cancellationToken) is not { } coordinator)
        {
            return true;
        }

        var (draft, plan, problem) = rounds.PreviewCopy(match.Groups["dates"].Value, coordinator);
        return draft is null
            ? await MessageTurn.Handled(message.ReplyTextAsync($"无法开始新一轮：{problem}计划没有任何修改。", cancellationToken))
            : await MessageTurn.Handled(message.ReplyCardAsync(RoundTexts.PreviewSummary(draft.Label, rounds.Active.Label), cards.Preview(draft, plan!, []), cancellationToken));
    }
}
