using System.Text.Json;
using CivilityBot.Cards.Model;
using CivilityBot.Cards.Progress;
using CivilityBot.Cards.Reminders;

namespace CivilityBot.Cards.Tests.Reminders;

/// <summary>What a reader on a phone-width card sees whole (issue 10.7): long criteria, figures, examples.</summary>
public class ReaderFixTests
{
    private const string Text161 = "建立学雷锋志愿服务队伍，注册志愿者人数占员工总人数的比例≥50%，在职党员注册志愿者人数占党员总人数的比例≥80%（单位在职党员总数20人以下的全员注册），注册志愿者参加志愿服务活动的人数占注册志愿者总人数的比例≥85%";

    [Fact]
    public void ReminderMessage_LongSubCriterion_IsShownWholeAndNeverCutToLines()
    {
        var card = Parse(ReminderMessageCards.Build(new ReminderMessageModel(
            "汪珂吉", [new ReminderIndicatorModel(16, "学雷锋志愿服务队伍和志愿者注册", [new ReminderItemModel("16.1", Text161, 2)])], null, null, "刘斌")));

        var item = Walk(card).Single(element => element.TryGetProperty("text", out var text) && text.GetString()!.StartsWith("• 16.1", StringComparison.Ordinal));
        Assert.EndsWith("≥85%", item.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(item.TryGetProperty("maxLines", out _));
    }

    [Fact]
    public void ProgressRow_Figures_TakeTheirOwnWidthAndDoNotWrapWhileTheNameColumnStretches()
    {
        var card = Parse(ProgressCards.Build(new ProgressCardModel("进度", "", [], [new ProgressSection("按责任人", [new ProgressRow("汪珂吉", "完成 3/10 · 逾期 / 27")])], "展开")));

        var columns = Walk(card).Single(element => element.TryGetProperty("type", out var type) && type.GetString() == "ColumnSet").GetProperty("columns");
        Assert.Equal("stretch", columns[0].GetProperty("width").GetString());
        Assert.Equal("auto", columns[1].GetProperty("width").GetString());
        Assert.False(columns[1].GetProperty("items")[0].GetProperty("wrap").GetBoolean());
    }

    [Fact]
    public void ComposeForm_CustomTimeExamples_AreAWrappedLineAndThePlaceholderIsShort()
    {
        var card = Parse(ReminderComposeCards.Build(new ReminderComposeModel([], [], [], "验收前一周每天 9:00")));

        var input = Walk(card).Single(element => element.TryGetProperty("id", out var id) && id.GetString() == ReminderFields.CustomTiming);
        Assert.True(input.GetProperty("placeholder").GetString()!.Length <= 12);
        Assert.Contains(Walk(card), element => element.TryGetProperty("text", out var text) && text.GetString()!.Contains("验收前 5 天每天 9:00", StringComparison.Ordinal));
    }

    [Fact]
    public void NoCardHeading_UsesTheYellowWarningColour()
    {
        var preview = CardJson.Serialize(ReminderPreviewCards.Build(PreviewWithUnreachable()));

        Assert.DoesNotContain("\"Warning\"", preview, StringComparison.Ordinal);
    }

    private static ReminderPreviewModel PreviewWithUnreachable() =>
        new("draft-1", "未完成的责任人", "立即发送", false, null, 3, [new UnreachableRecipient("宋伟", "尚未安装机器人")], null, null);

    private static JsonElement Parse(AdaptiveCard card) => JsonDocument.Parse(CardJson.Serialize(card)).RootElement;

    private static IEnumerable<JsonElement> Walk(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object => [node, .. node.EnumerateObject().SelectMany(property => Walk(property.Value))],
        JsonValueKind.Array => node.EnumerateArray().SelectMany(Walk),
        _ => [],
    };
}
