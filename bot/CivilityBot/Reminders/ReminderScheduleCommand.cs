using CivilityBot.People;
using System.Globalization;
using System.Text.RegularExpressions;
using CivilityBot.Knowledge;
using CivilityBot.Turns;

namespace CivilityBot.Reminders;

/// <summary>定时提醒 lists recurring reminders; 暂停/恢复/删除定时提醒 3 change one (coordinators only).</summary>
public sealed partial class ReminderScheduleCommand(ReminderScheduleBook book) : IMessageCommand
{
    private static readonly HashSet<string> ListWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "定时提醒", "提醒计划", "reminder schedules", "schedules",
    };

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        var text = message.Text.Trim();
        var change = ChangePattern().Match(text);
        if (!ListWords.Contains(text) && !change.Success)
        {
            return false;
        }

        if (await message.RequireCoordinatorAsync(ReplyLanguages.FromText(text), cancellationToken) is null)
        {
            return true;
        }

        var notice = change.Success ? Apply(change.Groups["action"].Value, change.Groups["id"].Value) : null;
        return await MessageTurn.Handled(message.ReplyCardAsync(notice ?? "定时提醒", book.Card(notice), cancellationToken));
    }

    private string Apply(string action, string idText)
    {
        if (!int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return ReminderTexts.NoSuchSchedule;
        }

        return action.ToLowerInvariant() switch
        {
            "暂停" or "pause" => book.Pause(id),
            "恢复" or "resume" => book.Resume(id),
            _ => book.Delete(id),
        };
    }

    [GeneratedRegex(@"^(?:(?<action>暂停|恢复|删除)定时提醒|(?<action>pause|resume|delete) schedule)\s*#?\s*(?<id>\d{1,9})$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangePattern();
}
