using CivilityBot.People;
using CivilityBot.Turns;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>导入任务分解表 / import task table (coordinators only): says how to hand over the .xlsx (<see cref="ITaskTableInvitation"/>).</summary>
public sealed class ImportTaskTableCommand(ITaskTableInvitation invitation) : IMessageCommand
{
    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        if (!RoundCommandPatterns.Import().IsMatch(message.Text.Trim()))
        {
            return false;
        }

        if (await message.RequireCoordinatorAsync(ReplyLanguage.Chinese, cancellationToken) is null)
        {
            return true;
        }

        return await MessageTurn.Handled(message.ReplyTextAsync(invitation.Compose(message.Sender), cancellationToken));
    }
}
