using System.Text.Json;
using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.Tests.Checklists;

public class ChecklistCardsTests
{
    [Fact]
    public void Build_SaveButton_IsActionExecuteWithASubmitFallbackCarryingTheVerbAndTheSameData()
    {
        var save = Actions(Build(Model(page: 1, pages: 1))).Single(action => action.GetProperty("verb").GetString() == ChecklistVerbs.Save);

        var data = save.GetProperty("data");
        Assert.Equal("宋伟", data.GetProperty(ChecklistFields.Person).GetString());
        Assert.Equal("16.1,16.2", data.GetProperty(ChecklistFields.Items).GetString());
        Assert.Equal("16|1|1|1|abcdef12", data.GetProperty(ChecklistFields.Seen("16.1")).GetString());
        var fallback = save.GetProperty("fallback");
        Assert.Equal("Action.Submit", fallback.GetProperty("type").GetString());
        Assert.Equal(ChecklistVerbs.Save, fallback.GetProperty("data").GetProperty(CardData.Verb).GetString());
        Assert.Equal("16.1,16.2", fallback.GetProperty("data").GetProperty(ChecklistFields.Items).GetString());
    }

    [Fact]
    public void Build_EachItem_HasAToggleWithItsStateAndAnEvidenceFieldWithItsValue()
    {
        var card = Build(Model(page: 1, pages: 1));

        var inputs = Walk(card).Where(e => e.TryGetProperty("id", out _) && e.GetProperty("type").GetString()!.StartsWith("Input.", StringComparison.Ordinal))
            .ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.Equal("true", inputs[ChecklistFields.Done("16.1")].GetProperty("value").GetString());
        Assert.Equal("false", inputs[ChecklistFields.Done("16.2")].GetProperty("value").GetString());
        Assert.Equal("名册链接", inputs[ChecklistFields.Evidence("16.1")].GetProperty("value").GetString());
        Assert.Equal(ChecklistFields.EvidenceMaxLength, inputs[ChecklistFields.Evidence("16.2")].GetProperty("maxLength").GetInt32());
    }

    [Theory]
    [InlineData(1, 1, false, false)]
    [InlineData(1, 3, false, true)]
    [InlineData(2, 3, true, true)]
    [InlineData(3, 3, true, false)]
    public void Build_PageButtons_AppearOnlyWhereThereIsAPageToGoTo(int page, int pages, bool previous, bool next)
    {
        var titles = Actions(Build(Model(page, pages))).Select(action => action.GetProperty("title").GetString()).ToList();

        Assert.Equal(previous, titles.Contains("上一页"));
        Assert.Equal(next, titles.Contains("下一页"));
        Assert.Contains("刷新", titles);
    }

    [Fact]
    public void Build_NavigationButtons_DoNotSendTheInputs()
    {
        var pageButtons = Actions(Build(Model(2, 3))).Where(action => action.GetProperty("verb").GetString() == ChecklistVerbs.Page);

        Assert.All(pageButtons, action => Assert.Equal(CardData.NoInputs, action.GetProperty("associatedInputs").GetString()));
    }

    [Fact]
    public void Build_EnglishCards_CarryTheirLanguageOnEveryButton()
    {
        var model = Model(1, 2) with { Text = ChecklistCardText.English, LanguageCode = ChecklistFields.English };

        Assert.All(Actions(Build(model)), action => Assert.Equal("en", action.GetProperty("data").GetProperty(ChecklistFields.Language).GetString()));
    }

    [Fact]
    public void Build_TheLargestPageTheOptionsAllow_StaysUnderEightyKilobytes()
    {
        // 20 items is the most ChecklistOptions.ItemsPerCard allows; the plan's longest sub-criterion has 142 characters.
        var items = Enumerable.Range(1, 20).Select(i => new ChecklistItemModel(
            $"{i}.1", $"{i}.1 {new string('项', 200)}（2分）", true, new string('证', ChecklistFields.EvidenceMaxLength),
            $"最后修改：{new string('名', 10)} · 2023-08-03 14:20", "31|1|999999|999999|e3b0c442")).ToList();
        var indicators = items.Select(item => new ChecklistIndicatorModel(new string('题', 60), new string('类', 60), [item])).ToList();
        var model = new ChecklistCardModel(new string('标', 40), new string('要', 40), "宋伟", 2, 3, indicators, ChecklistCardText.Chinese)
        {
            Note = new string('注', 2000),
        };

        Assert.InRange(CardJson.Utf16Size(ChecklistCards.Build(model)), 1, 80 * 1024);
    }

    internal static JsonElement Build(ChecklistCardModel model) => Parse(ChecklistCards.Build(model));

    internal static JsonElement Build(SendPreviewModel model) => Parse(SendCards.Preview(model));

    private static JsonElement Parse(AdaptiveCard card) => JsonDocument.Parse(CardJson.Serialize(card)).RootElement;

    internal static IEnumerable<JsonElement> Actions(JsonElement card) =>
        Walk(card).Where(e => e.TryGetProperty("type", out var type) && type.GetString() == "Action.Execute");

    internal static IEnumerable<JsonElement> Walk(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            yield return node;
            foreach (var child in node.EnumerateObject().Where(p => p.Name != "fallback").SelectMany(p => Walk(p.Value)))
            {
                yield return child;
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in node.EnumerateArray().SelectMany(Walk))
            {
                yield return child;
            }
        }
    }

    private static ChecklistCardModel Model(int page, int pages) => new(
        "我的清单 · 宋伟",
        "已完成 1/2 项",
        "宋伟",
        page,
        pages,
        [
            new ChecklistIndicatorModel("第16项 学雷锋志愿服务队伍和志愿者注册（1/2）", "文明风尚行动 · 责任人：汪珂吉",
            [
                new ChecklistItemModel("16.1", "16.1 建立学雷锋志愿服务队伍（2分）", true, "名册链接", "最后修改：宋伟 · 2023-08-03 14:20", "16|1|1|1|abcdef12"),
                new ChecklistItemModel("16.2", "16.2 注册志愿者（2分）", false, null, "尚未填写", "16|0|0|0|e3b0c442"),
            ]),
        ],
        ChecklistCardText.Chinese);
}
