using System.Globalization;
using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.Reminders;

/// <summary>The status card a coordinator sees update in place while a broadcast runs.</summary>
public static class BroadcastStatusCards
{
    public static string Summary(BroadcastStatusModel model) =>
        $"{model.Title} #{model.BroadcastId}（{model.StateText}）：已送达 {model.Sent}/{model.Total}";

    public static AdaptiveCard Build(BroadcastStatusModel model)
    {
        var body = new List<CardElement>
        {
            new TextBlock($"{model.Title} #{model.BroadcastId} · {model.StateText}") { Size = CardStyles.Large, Weight = CardStyles.Bolder },
            new FactSet(Facts(model)),
            new FactSet(Counts(model)) { Separator = true },
        };
        body.AddRange(ProblemBlock(model));
        body.AddRange(ReportBlock(model));
        var actions = Actions(model);
        if (actions.Count > 0)
        {
            body.Add(new ActionSet(actions) { Separator = true });
        }

        return new AdaptiveCard { Body = body };
    }

    private static List<Fact> Facts(BroadcastStatusModel model)
    {
        var facts = new List<Fact> { new("发给", model.AudienceText), new("发起", $"{model.CreatedBy} · {model.CreatedAtText}") };
        if (model.Note is { Length: > 0 } note)
        {
            facts.Add(new Fact("附言", note));
        }

        return facts;
    }

    private static List<Fact> Counts(BroadcastStatusModel model)
    {
        var counts = new List<Fact>
        {
            new("已送达", Number(model.Sent)),
            new("无法送达", Number(model.Unreachable)),
            new("发送失败", Number(model.Failed)),
        };
        if (model.Pending + model.Sending > 0)
        {
            counts.Add(new Fact("待发送", Number(model.Pending + model.Sending)));
        }

        if (model.Cancelled > 0)
        {
            counts.Add(new Fact("已取消", Number(model.Cancelled)));
        }

        counts.Add(new Fact("合计", Number(model.Total)));
        return counts;
    }

    private static IEnumerable<CardElement> ProblemBlock(BroadcastStatusModel model)
    {
        if (model.Problems.Count == 0)
        {
            yield break;
        }

        var more = model.NotReached > model.Problems.Count ? $"（前 {model.Problems.Count} 位，完整名单见报告）" : string.Empty;
        yield return new TextBlock($"未送达的人{more}：") { Weight = CardStyles.Bolder, Color = CardStyles.Attention, Separator = true };
        yield return new FactSet(model.Problems.Select(p => new Fact(p.PersonName, p.Reason)).ToList()) { Spacing = CardStyles.SpacingSmall };
    }

    private static IEnumerable<CardElement> ReportBlock(BroadcastStatusModel model)
    {
        if (model.Report is { } report)
        {
            yield return new TextBlock($"送达报告可下载（链接 {report.ExpiresText} 前有效）。") { IsSubtle = true, Separator = true };
        }
    }

    private static List<CardAction> Actions(BroadcastStatusModel model)
    {
        var broadcast = ReminderActions.Data(ReminderFields.Broadcast, model.BroadcastId.ToString(CultureInfo.InvariantCulture));
        var actions = new List<CardAction>();
        if (model.IsActive)
        {
            actions.Add(ReminderActions.Execute("刷新", BatchVerbs.Status, broadcast));
            actions.Add(ReminderActions.Execute("取消提醒", BatchVerbs.Cancel, broadcast, CardStyles.Destructive));
            return actions;
        }

        if (model.Report is { } report)
        {
            actions.Add(new ActionOpenUrl("下载报告（Excel）", report.XlsxUrl));
            actions.Add(new ActionOpenUrl("下载报告（CSV）", report.CsvUrl));
        }

        if (model.NotReached > 0)
        {
            actions.Add(ReminderActions.Execute("再提醒未送达的人", ReminderVerbs.Retry, broadcast));
        }

        return actions;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
