using System.Text.Json;
using CivilityBot.Cards.Model;
using CivilityBot.Cards.Progress;

namespace CivilityBot.Cards.Tests.Checklists;

public class ProgressCardsTests
{
    [Fact]
    public void Build_CollapsedSections_BecomeShowCardButtonsAndOpenSectionsStayInTheBody()
    {
        var model = new ProgressCardModel("文明创建总进度", "截至 2023-09-15", [new("完成情况", "已完成 1/47 项")],
        [
            new("按类别", [new("1 习近平…", "1/5 项", ProgressTone.Attention)]),
            new("按指标", [new("16 学雷锋…", "1/1 项", ProgressTone.Good)]) { Collapsed = true },
            new("空", []),
        ], "查看");

        using var card = JsonDocument.Parse(CardJson.Serialize(ProgressCards.Build(model)));

        var root = card.RootElement;
        Assert.Contains("按类别", root.GetProperty("body").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Attention", root.GetProperty("body").GetRawText(), StringComparison.Ordinal);
        var show = Assert.Single(root.GetProperty("actions").EnumerateArray());
        Assert.Equal(("Action.ShowCard", "查看按指标"), (show.GetProperty("type").GetString(), show.GetProperty("title").GetString()));
        Assert.DoesNotContain("\"空\"", root.GetRawText(), StringComparison.Ordinal);
    }
}
