using System.Globalization;
using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.Reminders;

/// <summary>The personalised reminder a recipient gets, and its notification line.</summary>
public static class ReminderMessageCards
{
    /// <summary>What the Teams notification says, e.g. 第16项等3项未完成.</summary>
    public static string Summary(ReminderMessageModel model)
    {
        if (model.Indicators.Count == 0)
        {
            return model.Note is { Length: > 0 } note ? Shorten("提醒：" + note, 60) : "文明创建提醒";
        }

        var first = model.Indicators[0].Number.ToString(CultureInfo.InvariantCulture);
        return model.Indicators.Count == 1
            ? $"第{first}项有{model.ItemCount}个子项未完成"
            : $"第{first}项等{model.Indicators.Count}项未完成";
    }

    public static AdaptiveCard Build(ReminderMessageModel model) => new()
    {
        Body = Body(model),
        Msteams = new TeamsCardProperties(),
    };

    /// <summary>The card body alone, so a preview can show a sample inside its own card.</summary>
    public static List<CardElement> Body(ReminderMessageModel model)
    {
        var body = new List<CardElement>
        {
            new TextBlock($"{model.PersonName}，您好") { Size = CardStyles.Medium, Weight = CardStyles.Bolder },
            new TextBlock(Lead(model)) { Spacing = CardStyles.SpacingSmall },
        };
        if (model.Note is { Length: > 0 } note)
        {
            body.Add(new Container([new TextBlock($"{model.SentBy}：{note}")]) { Style = CardStyles.Emphasis });
        }

        body.AddRange(model.Indicators.Select(IndicatorBlock));
        if (model.Deadline is { Length: > 0 } deadline)
        {
            body.Add(new TextBlock(deadline) { Color = CardStyles.Attention, Weight = CardStyles.Bolder, Separator = true });
        }

        body.Add(new ActionSet([ReminderActions.Execute("打开我的清单", ChecklistVerbs.Open, new(), CardStyles.Positive)]));
        return body;
    }

    private static string Lead(ReminderMessageModel model) => model.Indicators.Count == 0
        ? "您负责的事项目前都已完成，谢谢！"
        : $"文明单位复查准备：您负责的以下 {model.ItemCount} 个子项还没有完成，请抓紧落实并在清单中勾选。";

    private static Container IndicatorBlock(ReminderIndicatorModel indicator)
    {
        var items = new List<CardElement>
        {
            new TextBlock($"第{indicator.Number}项 {indicator.Title}") { Weight = CardStyles.Bolder },
        };
        items.AddRange(indicator.Items.Select(item =>
            (CardElement)new TextBlock($"• {item.Id}（{item.Points}分）{item.Text}")
            {
                Spacing = CardStyles.SpacingSmall,
                Size = CardStyles.Small,
            }));
        return new Container(items) { Separator = true };
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
