using System.Text;
using System.Text.Json;
using CivilityBot.Cards.Checklists;
using CivilityBot.Tests.Checklists;
using CivilityBot.Tests.Host;

namespace CivilityBot.Tests.Evidence;

/// <summary>The progress card's gauge and per-category bars: ticked, evidence complete and accepted counted apart.</summary>
public sealed class EvidenceProgressHostTests : IDisposable
{
    private readonly ChecklistsApp _app = new();
    private readonly TestUser _wangKeji = TestUser.Named("汪珂吉");
    private readonly TestUser _zhouJingjun = TestUser.Named("周敬军");

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Progress_shows_a_gauge_and_stacked_bars_that_count_ticked_complete_and_accepted_apart_with_text_fallbacks()
    {
        var card = await _app.CardOfAsync("我的清单", _wangKeji);
        using (var browser = _app.App.CreateClient())
        using (await browser.PostAsync(UploadPath(card), new MultipartBody().File("方案.pdf", EvidenceSamples.Pdf()).Content()))
        {
        }

        await _app.PressAsync(card, ChecklistVerbs.Save, _wangKeji, values =>
        {
            values[ChecklistFields.Done("16.1")] = "true";
            values[ChecklistFields.Evidence("16.1")] = "已建立志愿服务队，注册比例见方案";
        });
        var review = await _app.CardOfAsync("汪珂吉的清单", _zhouJingjun);
        await _app.PressAsync(review, EvidenceVerbs.Accept, _zhouJingjun);

        var progress = (await _app.App.AskAsync("进度", _zhouJingjun))[1].GetProperty("attachments")[0].GetProperty("content");

        var gauge = Elements(progress).Single(element => Type(element) == "Chart.Gauge");
        Assert.Equal(1, gauge.GetProperty("value").GetDouble());
        Assert.Equal("总体：已勾选 1/47 · 佐证齐全 1 · 审核通过 1", FallbackText(gauge));
        var bars = Elements(progress).Single(element => Type(element) == "Chart.HorizontalBar.Stacked");
        var values = bars.GetProperty("data").EnumerateArray().SelectMany(bar => bar.GetProperty("data").EnumerateArray())
            .GroupBy(part => part.GetProperty("legend").GetString()!).ToDictionary(group => group.Key, group => group.Sum(part => part.GetProperty("value").GetDouble()));
        Assert.Equal(1, values["已通过"]);
        Assert.Equal(0, values["佐证齐全"] + values["已勾选"]);
        Assert.Equal(gauge.GetProperty("max").GetDouble(), values.Values.Sum());
        Assert.Contains("各类别进度", CardClient.Text(bars.GetProperty("fallback")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("进度")]
    [InlineData("progress")]
    public async Task The_charts_come_as_a_second_card_under_40_KB(string command)
    {
        var replies = await _app.App.AskAsync(command, _zhouJingjun);

        Assert.Equal(2, replies.Count);
        Assert.Contains("Chart.Gauge", replies[1].GetRawText(), StringComparison.Ordinal);
        Assert.InRange(Encoding.Unicode.GetByteCount(replies[1].GetRawText()), 1, 40 * 1024);
    }

    private static string FallbackText(JsonElement chart) => chart.GetProperty("fallback").GetProperty("text").GetString()!;

    private static string? Type(JsonElement element) => element.TryGetProperty("type", out var type) ? type.GetString() : null;

    private static IEnumerable<JsonElement> Elements(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object => [node, .. node.EnumerateObject().SelectMany(property => Elements(property.Value))],
        JsonValueKind.Array => node.EnumerateArray().SelectMany(Elements),
        _ => [],
    };

    private static string UploadPath(JsonElement card)
    {
        var raw = card.GetRawText();
        var url = raw.IndexOf("/upload/", raw.IndexOf("\"done:16.1\"", StringComparison.Ordinal), StringComparison.Ordinal);
        return raw[url..raw.IndexOf('"', url)];
    }
}
