using System.Globalization;
using CivilityBot.People;
using CivilityBot.Turns;

namespace CivilityBot.Knowledge.Corrections;

/// <summary>撤销更正 3 (coordinators only): reverts correction 3 at once and says what was restored.</summary>
public sealed class PlanRevertCommand(PlanState plan, PlanCardComposer cards) : IMessageCommand
{
    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        var match = PlanCommandPatterns.Revert().Match(message.Text.Trim());
        if (!match.Success)
        {
            return false;
        }

        if (await message.RequireCoordinatorAsync(ReplyLanguage.Chinese, cancellationToken) is not { } coordinator)
        {
            return true;
        }

        if (!int.TryParse(match.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !plan.Revert(id, coordinator))
        {
            return await MessageTurn.Handled(message.ReplyTextAsync(PlanTexts.NoSuchChange(match.Groups["id"].Value.Length > 9 ? 0 : id), cancellationToken));
        }

        var change = plan.History.First(item => item.Id == id);
        return await MessageTurn.Handled(message.ReplyCardAsync(PlanTexts.Reverted(change), cards.Reverted(change, plan.Skipped), cancellationToken));
    }
}
