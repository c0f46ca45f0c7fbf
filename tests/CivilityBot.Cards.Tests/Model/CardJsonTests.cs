using System.Text.Json;
using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.Tests.Model;

public class CardJsonTests
{
    [Fact]
    public void Serialize_NestedElementsAndActions_WritesAdaptiveCardTypeNames()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock("第16项") { Size = CardStyles.Large },
                new ColumnSet([new Column([new InputToggle("完成") { Id = "c16.1" }]) { Width = CardStyles.Auto }]),
                new ActionSet([new ActionExecute("保存", "save", new() { ["indicator"] = "16" })
                {
                    Fallback = new ActionSubmit("保存", new() { ["verb"] = "save" }),
                }]),
            ],
        };

        using var doc = JsonDocument.Parse(CardJson.Serialize(card));
        var root = doc.RootElement;
        Assert.Equal("AdaptiveCard", root.GetProperty("type").GetString());
        Assert.Equal("1.5", root.GetProperty("version").GetString());
        var body = root.GetProperty("body");
        Assert.Equal("TextBlock", body[0].GetProperty("type").GetString());
        Assert.Equal("第16项", body[0].GetProperty("text").GetString());
        var toggle = body[1].GetProperty("columns")[0].GetProperty("items")[0];
        Assert.Equal("Input.Toggle", toggle.GetProperty("type").GetString());
        Assert.Equal("c16.1", toggle.GetProperty("id").GetString());
        var action = body[2].GetProperty("actions")[0];
        Assert.Equal("Action.Execute", action.GetProperty("type").GetString());
        Assert.Equal("16", action.GetProperty("data").GetProperty("indicator").GetString());
        Assert.Equal("Action.Submit", action.GetProperty("fallback").GetProperty("type").GetString());
        Assert.False(body[0].TryGetProperty("color", out _));
    }

    [Fact]
    public void Utf16Size_ChineseText_CountsTwoBytesPerCharacter()
    {
        var small = new AdaptiveCard { Body = [new TextBlock("宋伟")] };
        var larger = new AdaptiveCard { Body = [new TextBlock("宋伟宋伟")] };

        Assert.Equal(4, CardJson.Utf16Size(larger) - CardJson.Utf16Size(small));
    }
}
