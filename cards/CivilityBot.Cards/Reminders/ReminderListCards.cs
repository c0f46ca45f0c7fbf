using System.Globalization;
using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.Reminders;

/// <summary>提醒记录 (past broadcasts with their reports) and the list of recurring reminders.</summary>
public static class ReminderListCards
{
    public static AdaptiveCard History(IReadOnlyList<ReminderHistoryEntry> entries)
    {
        var body = new List<CardElement> { new TextBlock("提醒记录") { Size = CardStyles.Large, Weight = CardStyles.Bolder } };
        if (entries.Count == 0)
        {
            body.Add(new TextBlock("还没有发过提醒。发送“提醒”开始。"));
        }

        body.AddRange(entries.Select(HistoryBlock));
        return new AdaptiveCard { Body = body };
    }

    public static AdaptiveCard Schedules(IReadOnlyList<ReminderScheduleEntry> entries, string? notice = null)
    {
        var body = new List<CardElement> { new TextBlock("定时提醒") { Size = CardStyles.Large, Weight = CardStyles.Bolder } };
        if (notice is { Length: > 0 })
        {
            body.Add(new TextBlock(notice) { Color = CardStyles.Good, Weight = CardStyles.Bolder });
        }

        if (entries.Count == 0)
        {
            body.Add(new TextBlock("没有定时提醒。发送“提醒”，在“什么时候发”里选一个周期即可创建。"));
        }

        body.AddRange(entries.Select(ScheduleBlock));
        return new AdaptiveCard { Body = body };
    }

    private static Container HistoryBlock(ReminderHistoryEntry entry)
    {
        var id = entry.BroadcastId.ToString(CultureInfo.InvariantCulture);
        var items = new List<CardElement>
        {
            new TextBlock($"#{id} · {entry.CreatedAtText} · {entry.StateText}") { Weight = CardStyles.Bolder },
            new TextBlock($"{entry.CreatedBy} 发给{entry.AudienceText}：已送达 {entry.Sent}/{entry.Total}，未送达 {entry.NotReached}")
            {
                Spacing = CardStyles.SpacingNone, IsSubtle = true,
            },
        };
        var actions = new List<CardAction> { ReminderActions.Execute("查看", BatchVerbs.Status, ReminderActions.Data(ReminderFields.Broadcast, id)) };
        if (entry.IsActive)
        {
            actions.Add(ReminderActions.Execute("取消", BatchVerbs.Cancel, ReminderActions.Data(ReminderFields.Broadcast, id), CardStyles.Destructive));
        }
        else if (entry.Report is { } report)
        {
            actions.Add(new ActionOpenUrl("报告 Excel", report.XlsxUrl));
            actions.Add(new ActionOpenUrl("报告 CSV", report.CsvUrl));
        }

        items.Add(new ActionSet(actions));
        return new Container(items) { Separator = true };
    }

    private static Container ScheduleBlock(ReminderScheduleEntry entry)
    {
        var id = entry.ScheduleId.ToString(CultureInfo.InvariantCulture);
        var data = ReminderActions.Data(ReminderFields.Schedule, id);
        var facts = new List<Fact> { new("发给", entry.AudienceText), new("下次", entry.NextText), new("创建", entry.CreatedBy) };
        if (entry.Note is { Length: > 0 } note)
        {
            facts.Add(new Fact("附言", note));
        }

        var toggle = entry.Paused
            ? ReminderActions.Execute("恢复", ReminderVerbs.ResumeSchedule, data, CardStyles.Positive)
            : ReminderActions.Execute("暂停", ReminderVerbs.PauseSchedule, data);
        return new Container(
        [
            new TextBlock($"#{id} {entry.Description}{(entry.Paused ? "（已暂停）" : string.Empty)}") { Weight = CardStyles.Bolder },
            new FactSet(facts) { Spacing = CardStyles.SpacingSmall },
            new ActionSet([toggle, ReminderActions.Execute("删除", ReminderVerbs.DeleteSchedule, data, CardStyles.Destructive)]),
        ])
        { Separator = true };
    }
}
