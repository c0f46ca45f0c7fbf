using System.Text.RegularExpressions;
using CivilityBot.Cards.Uploads;
using CivilityBot.Knowledge;
using CivilityBot.Turns;
using CivilityBot.Uploads;

namespace CivilityBot.People;

/// <summary>
/// 导入名单 (import roster): coordinators only. In personal chat the next file sent there is taken as the staff list
/// (a pending upload); everywhere the reply carries a signed upload link, which also works where Teams does not let
/// bots receive files (the 21Vianet cloud).
/// </summary>
public sealed partial class RosterImportCommand(PendingUploads pending, UploadLinks links) : IMessageCommand
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

        var url = links.Issue(RosterImportPurpose.PurposeKey, "", coordinator);
        var personal = message.Turn.Activity.Conversation?.ConversationType is null or "personal";
        if (personal)
        {
            pending.Begin(coordinator, RosterImportPurpose.PurposeKey, "");
        }

        var card = UploadCards.Pending("导入人员名单", personal ? RosterImportTexts.Start : RosterImportTexts.StartInGroup, url);
        return await MessageTurn.Handled(message.ReplyCardAsync("导入人员名单", card, cancellationToken));
    }

    [GeneratedRegex(@"^(?:导入名单|导入人员名单|import roster)[\s。]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
