using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.Reminders;

/// <summary>The coordinator's form: audience, optional note, send now or on a schedule. Nothing is sent from here.</summary>
public static class ReminderComposeCards
{
    public static AdaptiveCard Build(ReminderComposeModel model)
    {
        var body = new List<CardElement>
        {
            new TextBlock("发送提醒") { Size = CardStyles.Large, Weight = CardStyles.Bolder },
            new TextBlock("每人收到的是自己未完成的子项。点“预览”先看人数和示例，确认后才会发出。") { IsSubtle = true, Spacing = CardStyles.SpacingSmall },
        };
        if (model.Problem is { Length: > 0 } problem)
        {
            body.Add(new TextBlock(problem) { Color = CardStyles.Attention, Weight = CardStyles.Bolder });
        }

        body.AddRange(AudienceInputs(model));
        body.Add(new InputText
        {
            Id = ReminderFields.Note, Label = "附言（可选）", Placeholder = "例如：请本周五前上传佐证材料",
            Value = model.Note, IsMultiline = true, MaxLength = ReminderFields.NoteMaxLength,
        });
        body.AddRange(TimingInputs(model));
        body.Add(new ActionSet([ReminderActions.Execute("预览", ReminderVerbs.Preview, new(), CardStyles.Positive, sendInputs: true)]));
        return new AdaptiveCard { Body = body };
    }

    private static IEnumerable<CardElement> AudienceInputs(ReminderComposeModel model)
    {
        yield return new InputChoiceSet(
        [
            new Choice("有未完成事项的所有人（默认）", ReminderChoices.AudienceOutstanding),
            new Choice("某个科室（下方选择）", ReminderChoices.AudienceDepartment),
            new Choice("某个工作组（下方选择）", ReminderChoices.AudienceWorkingGroup),
            new Choice("指定人员（下方选择）", ReminderChoices.AudiencePeople),
            new Choice("全体人员", ReminderChoices.AudienceAllStaff),
        ])
        { Id = ReminderFields.Audience, Label = "发给谁", Style = CardStyles.Expanded, Value = model.Audience };
        yield return Pick(ReminderFields.Department, "科室", model.Departments, model.Department, multi: false);
        yield return Pick(ReminderFields.WorkingGroup, "工作组", model.WorkingGroups, model.WorkingGroup, multi: false);
        yield return Pick(ReminderFields.People, "人员（可多选）", model.People, model.SelectedPeople, multi: true);
    }

    private static InputChoiceSet Pick(string id, string label, IReadOnlyList<string> names, string? value, bool multi) =>
        new(names.Select(name => new Choice(name, name)).ToList())
        {
            Id = id, Label = label, Style = CardStyles.Compact, IsMultiSelect = multi ? true : null,
            Value = value, Placeholder = "请选择",
        };

    private static IEnumerable<CardElement> TimingInputs(ReminderComposeModel model)
    {
        yield return new InputChoiceSet(
        [
            new Choice("立即发送", ReminderChoices.TimingNow),
            new Choice("每周一 9:00 提醒", ReminderChoices.TimingWeeklyMonday),
            new Choice(model.BeforeInspectionText, ReminderChoices.TimingBeforeInspection),
            new Choice("自定义时间（下方填写）", ReminderChoices.TimingCustom),
        ])
        { Id = ReminderFields.Timing, Label = "什么时候发", Style = CardStyles.Expanded, Value = model.Timing };
        yield return new InputText
        {
            Id = ReminderFields.CustomTiming, Label = "自定义时间（北京时间）", Value = model.CustomTiming,
            Placeholder = "如：每周三 15:00",
        };
        // A placeholder is one line and a phone cuts it off, so the examples are a wrapped line of their own.
        yield return new TextBlock("可写：每周三 15:00、每天 9:00、工作日 8:30、验收前 5 天每天 9:00")
        {
            Size = CardStyles.Small, IsSubtle = true, Spacing = CardStyles.SpacingSmall,
        };
    }
}
