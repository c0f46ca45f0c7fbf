using CivilityBot.People;
using System.Globalization;
using System.Text.RegularExpressions;
using CivilityBot.Knowledge;
using CivilityBot.Outreach;
using CivilityBot.Turns;

namespace CivilityBot.Reminders;

/// <summary>取消提醒 12 / cancel reminder 12: stops a running broadcast; whatever was not yet handed to Teams is not sent.</summary>
public sealed partial class CancelReminderCommand(BatchCancellation cancellation, BatchStatusView view) : IMessageCommand
{
    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        var match = Pattern().Match(message.Text.Trim());
        if (!match.Success)
        {
            return false;
        }

        if (await message.RequireCoordinatorAsync(ReplyLanguages.FromText(message.Text), cancellationToken) is not { } coordinator)
        {
            return true;
        }

        if (!int.TryParse(match.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return await MessageTurn.Handled(message.ReplyTextAsync(ReminderTexts.NoSuchBroadcast, cancellationToken));
        }

        var (broadcast, problem) = await cancellation.CancelAsync(id, coordinator, cancellationToken);
        if (broadcast is null)
        {
            return await MessageTurn.Handled(message.ReplyTextAsync(problem!, cancellationToken));
        }

        var title = problem ?? $"已取消提醒 #{id}，尚未发出的不再发送。";
        return await MessageTurn.Handled(message.ReplyCardAsync(title, view.Card(broadcast), cancellationToken));
    }

    [GeneratedRegex(@"^(?:取消提醒|cancel reminder)\s*#?\s*(?<id>\d{1,9})$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
