using System.Text.Json;
using CivilityBot.Cards.Answers;
using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.Tests.Answers;

public class AnswerCardsTests
{
    private static readonly IndicatorCardModel Volunteers = new(
        "第16项 学雷锋志愿服务队伍和志愿者注册",
        null,
        "第5类 文明风尚行动 · 本项共2分",
        "考评标准",
        [new SubCriterionLine("16.1", "建立学雷锋志愿服务队伍，注册志愿者人数占员工总人数的比例≥50%", "2分")],
        [new LabeledValue("考评方式", "材料审核")],
        "责任科室和责任人",
        [new LabeledValue("团委", "汪珂吉")],
        [new Suggestion("汪珂吉负责哪些", "汪珂吉负责哪些"), new Suggestion("第17项", "第17项")]);

    [Fact]
    public void Indicator_Always_IsVersion15WithTitleCriteriaAndOwners()
    {
        using var json = JsonDocument.Parse(CardJson.Serialize(AnswerCards.Indicator(Volunteers)));
        var root = json.RootElement;
        var text = root.GetRawText();

        Assert.Equal("1.5", root.GetProperty("version").GetString());
        Assert.Equal("第16项 学雷锋志愿服务队伍和志愿者注册", root.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Contains("16.1", text, StringComparison.Ordinal);
        Assert.Contains("2分", text, StringComparison.Ordinal);
        var facts = root.GetProperty("body").EnumerateArray().Where(element => element.GetProperty("type").GetString() == "FactSet")
            .SelectMany(element => element.GetProperty("facts").EnumerateArray()).ToList();
        Assert.Contains(facts, fact => fact.GetProperty("title").GetString() == "团委" && fact.GetProperty("value").GetString() == "汪珂吉");
        Assert.Contains(facts, fact => fact.GetProperty("value").GetString() == "材料审核");
    }

    [Fact]
    public void Indicator_Suggestions_SubmitTheQuestionAsText()
    {
        var element = CardJson.ToElement(AnswerCards.Indicator(Volunteers));

        var action = element.GetProperty("actions")[0];
        Assert.Equal("Action.Submit", action.GetProperty("type").GetString());
        Assert.Equal("汪珂吉负责哪些", action.GetProperty("data").GetProperty(CardData.Text).GetString());
    }

    [Fact]
    public void Info_ClickableLine_AsksItsQuestion()
    {
        var model = new InfoCardModel("宋伟", [new LabeledValue("科室", "办公室")],
            [new InfoSection("负责的指标", [new InfoLine("第12项 垃圾分类", "4分", "第12项"), new InfoLine("说明")])], []);

        var body = CardJson.ToElement(AnswerCards.Info(model)).GetProperty("body");

        var lines = body.EnumerateArray().Where(element => element.GetProperty("type").GetString() == "Container").ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("第12项", lines[0].GetProperty("selectAction").GetProperty("data").GetProperty("text").GetString());
        Assert.False(lines[1].TryGetProperty("selectAction", out _));
    }

    [Fact]
    public void Info_ManySuggestions_ShowsAtMostFive()
    {
        var suggestions = Enumerable.Range(1, 9).Select(number => new Suggestion($"第{number}项", $"第{number}项")).ToList();

        var card = AnswerCards.Info(new InfoCardModel("标题", [], [], suggestions));

        Assert.Equal(AnswerActions.MaxSuggestions, card.Actions!.Count);
    }

    [Fact]
    public void Info_NoSuggestionsOrEmptySections_LeavesThemOut()
    {
        var card = AnswerCards.Info(new InfoCardModel("标题", [], [new InfoSection("空", [])], []));

        Assert.Null(card.Actions);
        Assert.Single(card.Body);
    }

    [Fact]
    public void Info_LongList_StaysWellUnderTeamsSizeLimit()
    {
        var lines = Enumerable.Range(1, 31)
            .Select(number => new InfoLine($"第{number}项 " + new string('文', 40), "4分 · 办公室 宋伟、机关党委 郭立芳", $"第{number}项"))
            .ToList();

        var card = AnswerCards.Info(new InfoCardModel("宋伟", [new LabeledValue("角色", "领导小组办公室成员")], [new InfoSection("负责的指标", lines)], []));

        Assert.InRange(CardJson.Utf16Size(card), 1, 40 * 1024);
    }
}
