using CivilityBot.People;
using CivilityBot.Cards.Reminders;
using CivilityBot.Knowledge;
using CivilityBot.Outreach;
using CivilityBot.Turns;

namespace CivilityBot.Reminders;

/// <summary>提醒记录 / reminder history: the latest broadcasts with their counts and report links (coordinators only).</summary>
public sealed class ReminderHistoryCommand(IOutbox outbox, BatchStatusView view) : IMessageCommand
{
    /// <summary>Enough to find last week's reminders without making the card long.</summary>
    public const int Shown = 10;

    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "提醒记录", "提醒历史", "reminder history", "reminders",
    };

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        if (!Words.Contains(message.Text.Trim()))
        {
            return false;
        }

        if (await message.RequireCoordinatorAsync(ReplyLanguages.FromText(message.Text), cancellationToken) is not { } coordinator)
        {
            return true;
        }

        var entries = outbox.RecentBroadcasts(Shown).Select(broadcast => view.Entry(broadcast, coordinator)).ToList();
        return await MessageTurn.Handled(message.ReplyCardAsync($"提醒记录（最近 {entries.Count} 条）", ReminderListCards.History(entries), cancellationToken));
    }
}
