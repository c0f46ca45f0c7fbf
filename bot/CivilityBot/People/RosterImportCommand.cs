using System.Text.RegularExpressions;
using CivilityBot.Knowledge;
using CivilityBot.Turns;
using CivilityBot.Uploads;

namespace CivilityBot.People;

/// <summary>
/// 导入名单 (import roster): coordinators only. In personal chat the next file sent there is taken as the staff list
/// (a pending upload); everywhere the reply carries a signed upload link, which also works where Teams does not let
/// bots receive files (the 21Vianet cloud).
/// </summary>
public sealed partial class RosterImportCommand(UploadInvitations invitations) : IMessageCommand
{
    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        if (!Pattern().IsMatch(message.Text))
        {
            return false;
        }

        if (await message.RequireCoordinatorAsync(ReplyLanguage.Chinese, cancellationToken) is not { } coordinator)
        {
            return true;
        }

        return await MessageTurn.Handled(invitations.ReplyAsync(
            message, coordinator, RosterImportPurpose.PurposeKey, "", "导入人员名单", RosterImportTexts.Start, RosterImportTexts.StartInGroup, cancellationToken));
    }

    [GeneratedRegex(@"^(?:导入名单|导入人员名单|import roster)[\s。]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
