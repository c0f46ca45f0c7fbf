using System.Text.Json;
using CivilityBot.Cards.Model;
using CivilityBot.Cards.Progress;

namespace CivilityBot.Cards.Tests.Model;

public class CardRefreshTests
{
    [Fact]
    public void Serialize_ProgressCardWithRefresh_WritesUniversalActionsRefreshWithExecuteVerbDataAndUserIds()
    {
        var model = new ProgressCardModel("文明创建总进度", "截至 2023-09-15", [new("完成情况", "已完成 1/47 项")], [], "查看")
        {
            Refresh = CardRefresh.For(ProgressVerbs.View, new() { ["lang"] = "zh" }, ["29:a", "29:b", "29:a", " "]),
        };

        using var card = JsonDocument.Parse(CardJson.Serialize(ProgressCards.Build(model)));

        var refresh = card.RootElement.GetProperty("refresh");
        var action = refresh.GetProperty("action");
        Assert.Equal("Action.Execute", action.GetProperty("type").GetString());
        Assert.Equal(ProgressVerbs.View, action.GetProperty("verb").GetString());
        Assert.Equal("zh", action.GetProperty("data").GetProperty("lang").GetString());
        Assert.Equal(["29:a", "29:b"], refresh.GetProperty("userIds").EnumerateArray().Select(id => id.GetString()));
        Assert.True(Version.Parse(card.RootElement.GetProperty("version").GetString()!) >= new Version(1, 4), "refresh needs Adaptive Cards 1.4");
    }

    [Fact]
    public void For_MoreThanSixtyUsers_KeepsTheFirstSixty()
    {
        var refresh = CardRefresh.For(ProgressVerbs.View, [], Enumerable.Range(1, 61).Select(n => $"29:user{n}"));

        Assert.Equal(CardRefresh.MaxUserIds, refresh.UserIds.Count);
        Assert.Equal("29:user60", refresh.UserIds[^1]);
    }

    [Fact]
    public void Serialize_CardWithoutRefresh_WritesNoRefresh()
    {
        var json = CardJson.Serialize(new AdaptiveCard { Body = [new TextBlock("x")] });

        Assert.DoesNotContain("refresh", json, StringComparison.Ordinal);
    }
}
