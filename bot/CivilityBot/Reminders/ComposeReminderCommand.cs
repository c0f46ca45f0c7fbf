using CivilityBot.People;
using System.Text.RegularExpressions;
using CivilityBot.Cards.Reminders;
using CivilityBot.Knowledge;
using CivilityBot.Turns;

namespace CivilityBot.Reminders;

/// <summary>
/// 提醒 / remind opens the compose card. Shortcuts go straight to a preview: 提醒 宋伟 周敬军 (named people, now) and
/// 每周一 9:00 提醒未完成项 / 验收前 7 天每天提醒 (a schedule for everyone with outstanding items). Nothing is sent here.
/// </summary>
public sealed partial class ComposeReminderCommand(
    ReminderComposeForm form, ReminderPlanner planner) : IMessageCommand
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "提醒", "发提醒", "发送提醒", "remind", "reminder", "send reminder", "send reminders",
    };

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        var text = message.Text.Trim();
        var named = NamedPattern().Match(text);
        var scheduled = ScheduledPattern().Match(text);
        if (!Words.Contains(text) && !named.Success && !scheduled.Success)
        {
            return false;
        }

        if (await message.RequireCoordinatorAsync(ReplyLanguages.FromText(text), cancellationToken) is not { } coordinator)
        {
            return true;
        }

        if (named.Success)
        {
            return await PreviewNamedAsync(message, coordinator, named.Groups["names"].Value, cancellationToken);
        }

        return scheduled.Success
            ? await PreviewScheduledAsync(message, coordinator, scheduled.Groups["timing"].Value, cancellationToken)
            : await MessageTurn.Handled(message.ReplyCardAsync("发送提醒", ReminderComposeCards.Build(form.Blank()), cancellationToken));
    }

    private async Task<bool> PreviewNamedAsync(MessageTurn message, string coordinator, string names, CancellationToken cancellationToken)
    {
        var audience = form.People(names, out var problem);
        return audience is null
            ? await MessageTurn.Handled(message.ReplyTextAsync(problem!, cancellationToken))
            : await PreviewAsync(message, planner.Draft(coordinator, audience, null, null), cancellationToken);
    }

    private async Task<bool> PreviewScheduledAsync(MessageTurn message, string coordinator, string timing, CancellationToken cancellationToken)
    {
        var schedule = form.ParseSchedule(timing, out var problem);
        return schedule is null
            ? await MessageTurn.Handled(message.ReplyTextAsync(problem!, cancellationToken))
            : await PreviewAsync(message, planner.Draft(coordinator, ReminderAudience.Outstanding(), null, schedule), cancellationToken);
    }

    private async Task<bool> PreviewAsync(MessageTurn message, ReminderDraft draft, CancellationToken cancellationToken) =>
        await MessageTurn.Handled(message.ReplyCardAsync("提醒预览（尚未发送）", ReminderPreviewCards.Build(planner.Preview(draft)), cancellationToken));

    [GeneratedRegex(@"^(?:提醒|remind)\s+(?<names>[^\d].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NamedPattern();

    [GeneratedRegex(@"^(?<timing>(?:每|工作日|验收|cron).+?)\s*提醒(?:一下)?(?:所有)?(?:未完成项|未完成事项|未完成的事项|未完成的人)?$")]
    private static partial Regex ScheduledPattern();
}
