using CivilityBot.Cards.Uploads;
using CivilityBot.People;
using CivilityBot.Turns;
using CivilityBot.Uploads;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>
/// 导入任务分解表 / import task table (coordinators only), as 导入名单 does for the staff list: in personal chat the next
/// file sent there is taken as the table (a pending upload of <see cref="TaskTableUploadPurpose"/>); everywhere the reply
/// carries a signed upload link, which also works where Teams does not let bots receive files (the 21Vianet cloud).
/// </summary>
public sealed class ImportTaskTableCommand(PendingUploads pending, UploadLinks links) : IMessageCommand
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

        var url = links.Issue(TaskTableUploadPurpose.PurposeKey, "", coordinator);
        var personal = message.Turn.Activity.Conversation?.ConversationType is null or "personal";
        if (personal)
        {
            pending.Begin(coordinator, TaskTableUploadPurpose.PurposeKey, "");
        }

        var card = UploadCards.Pending(RoundTexts.ImportTitle, personal ? RoundTexts.ImportHowTo : RoundTexts.ImportHowToInGroup, url);
        return await MessageTurn.Handled(message.ReplyCardAsync(RoundTexts.ImportTitle, card, cancellationToken));
    }
}
