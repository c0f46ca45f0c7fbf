using CivilityBot.People;
using CivilityBot.Turns;
using CivilityBot.Uploads;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>
/// 导入任务分解表 / import task table (coordinators only), as 导入名单 does for the staff list: in personal chat the next
/// file sent there is taken as the table (a pending upload of <see cref="TaskTableUploadPurpose"/>); everywhere the reply
/// carries a signed upload link, which also works where Teams does not let bots receive files (the 21Vianet cloud).
/// </summary>
public sealed class ImportTaskTableCommand(UploadInvitations invitations) : IMessageCommand
{
    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        if (!RoundCommandPatterns.Import().IsMatch(message.Text.Trim()))
        {
            return false;
        }

        if (await message.RequireCoordinatorAsync(ReplyLanguage.Chinese, cancellationToken) is not { } coordinator)
        {
            return true;
        }

        return await MessageTurn.Handled(invitations.ReplyAsync(
            message, coordinator, TaskTableUploadPurpose.PurposeKey, "", RoundTexts.ImportTitle, RoundTexts.ImportHowTo,
            RoundTexts.ImportHowToInGroup, cancellationToken));
    }
}
