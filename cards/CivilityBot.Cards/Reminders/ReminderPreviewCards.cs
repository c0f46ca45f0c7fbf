using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.Reminders;

/// <summary>The preview before anything is sent, and the small cards that replace it afterwards.</summary>
public static class ReminderPreviewCards
{
    /// <summary>The card names at most this many unreachable people; the rest are counted.</summary>
    public const int UnreachableShown = 20;

    public static AdaptiveCard Build(ReminderPreviewModel model)
    {
        var body = new List<CardElement>
        {
            new TextBlock("提醒预览（尚未发送）") { Size = CardStyles.Large, Weight = CardStyles.Bolder },
            new FactSet(Facts(model)),
        };
        body.AddRange(UnreachableBlock(model));
        body.AddRange(model.Notes.Select(note => new TextBlock(note) { IsSubtle = true, Spacing = CardStyles.SpacingSmall }));
        body.AddRange(OutcomeUnknownBlock(model.OutcomeUnknown));
        body.AddRange(SampleBlock(model));
        body.Add(new ActionSet(Actions(model)) { Separator = true });
        return new AdaptiveCard { Body = body };
    }

    /// <summary>Replaces the preview once it was confirmed as a schedule, or discarded.</summary>
    public static AdaptiveCard Notice(string title, string text) => new()
    {
        Body =
        [
            new TextBlock(title) { Size = CardStyles.Medium, Weight = CardStyles.Bolder },
            new TextBlock(text) { Spacing = CardStyles.SpacingSmall },
        ],
    };

    private static List<Fact> Facts(ReminderPreviewModel model)
    {
        var facts = new List<Fact>
        {
            new("发给", model.AudienceText),
            new("人数", model.IsSchedule ? $"按现在的情况 {model.Recipients} 人（每次发送时重新统计）" : $"{model.Recipients} 人"),
            new("能送达", $"{model.Reachable} 人"),
            new("时间", model.TimingText),
        };
        if (model.Note is { Length: > 0 } note)
        {
            facts.Add(new Fact("附言", note));
        }

        return facts;
    }

    /// <summary>Who is left out of a resend because they may already have the reminder, and how to send them one anyway.</summary>
    public static IEnumerable<CardElement> OutcomeUnknownBlock(IReadOnlyList<string> people)
    {
        if (people.Count == 0)
        {
            yield break;
        }

        yield return new TextBlock($"以下 {people.Count} 人上次发送后 Teams 没有回应，可能已经收到，这次没有包含：") { Weight = CardStyles.Bolder, Separator = true };
        yield return new TextBlock(string.Join("、", people.Take(UnreachableShown)) + (people.Count > UnreachableShown ? $" 等 {people.Count} 人" : string.Empty));
        yield return new TextBlock($"确需再发，请发送“提醒 {people[0]}”单独提醒。") { IsSubtle = true };
    }

    private static IEnumerable<CardElement> UnreachableBlock(ReminderPreviewModel model)
    {
        if (model.Unreachable.Count == 0)
        {
            yield break;
        }

        yield return new TextBlock($"以下 {model.Unreachable.Count} 人目前无法送达：") { Weight = CardStyles.Bolder, Color = CardStyles.Attention, Separator = true };
        var shown = model.Unreachable.Take(UnreachableShown).Select(u => new Fact(u.PersonName, u.Reason)).ToList();
        yield return new FactSet(shown) { Spacing = CardStyles.SpacingSmall };
        if (model.Unreachable.Count > UnreachableShown)
        {
            yield return new TextBlock($"另有 {model.Unreachable.Count - UnreachableShown} 人，发送后可在报告中查看。") { IsSubtle = true };
        }
    }

    private static IEnumerable<CardElement> SampleBlock(ReminderPreviewModel model)
    {
        if (model.Recipients == 0)
        {
            yield return new TextBlock("没有符合条件的人，确认也不会发出任何消息。") { Color = CardStyles.Attention, Separator = true };
            yield break;
        }

        if (model.Sample is null)
        {
            yield break;
        }

        yield return new TextBlock($"示例（{model.Sample.PersonName} 将收到，通知显示“{model.SampleSummary}”）：") { Weight = CardStyles.Bolder, Separator = true };
        var sample = ReminderMessageCards.Body(model.Sample).Where(element => element is not ActionSet).ToList();
        yield return new Container(sample) { Style = CardStyles.Emphasis };
    }

    private static List<CardAction> Actions(ReminderPreviewModel model)
    {
        var draft = ReminderActions.Data(ReminderFields.Draft, model.DraftId);
        var confirm = model.IsSchedule ? "确认创建定时提醒" : $"确认发送给 {model.Reachable} 人";
        var discard = ReminderActions.Execute("放弃", ReminderVerbs.Discard, draft, CardStyles.Destructive);
        return model.IsSchedule || model.Reachable > 0
            ? [ReminderActions.Execute(confirm, ReminderVerbs.Confirm, draft, CardStyles.Positive), discard]
            : [discard];
    }
}
