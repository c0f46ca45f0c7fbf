using System.Net;
using System.Text.Json;
using CivilityBot.Cards.Checklists;
using CivilityBot.Checklists;
using CivilityBot.Tests.Host;
using MiniExcelLibs;

namespace CivilityBot.Tests.Checklists;

public sealed class LedgerHostTests : IDisposable
{
    private readonly ChecklistsApp _app = new();
    private readonly TestUser _coordinator = TestUser.Named("周敬军");

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_coordinator_gets_working_xlsx_and_csv_links_to_the_current_ledger()
    {
        var owner = TestUser.Named("汪珂吉");
        var checklist = await _app.CardOfAsync("我的清单", owner);
        await _app.PressAsync(checklist, ChecklistVerbs.Save, owner, values => values[ChecklistFields.Done("16.1")] = "true");

        var card = await _app.CardOfAsync("导出台账", _coordinator);
        var (xlsx, csv) = Links(card);
        using var client = _app.App.CreateClient();
        using var xlsxResponse = await client.GetAsync(new Uri(xlsx).PathAndQuery);
        using var csvResponse = await client.GetAsync(new Uri(csv).PathAndQuery);

        Assert.StartsWith("http://localhost:3978/downloads/", xlsx, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, xlsxResponse.StatusCode);
        Assert.Equal("文明创建台账-20230915.xlsx", xlsxResponse.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("文明创建台账-20230915.csv", csvResponse.Content.Headers.ContentDisposition?.FileNameStar);
        using var workbook = new MemoryStream(await xlsxResponse.Content.ReadAsByteArrayAsync());
        Assert.Contains(LedgerExporter.AuditSheet, workbook.GetSheetNames());
        var row = workbook.Query(useHeaderRow: true, sheetName: LedgerExporter.LedgerSheet).Cast<IDictionary<string, object?>>()
            .Single(r => (string?)r["子项编号"] == "16.1");
        Assert.Equal("已完成", row["状态"]);
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Contains("16.1", await csvResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_stops_working_after_it_expires_and_guessed_tokens_get_404()
    {
        var (xlsx, _) = Links(await _app.CardOfAsync("export ledger", _coordinator));
        using var client = _app.App.CreateClient();

        _app.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        using var expired = await client.GetAsync(new Uri(xlsx).PathAndQuery);
        using var guessed = await client.GetAsync(new Uri("/downloads/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.xlsx", UriKind.Relative));
        using var traversal = await client.GetAsync(new Uri("/downloads/..%2Fcivilitybot.db", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, traversal.StatusCode);
    }

    [Fact]
    public async Task Only_coordinators_can_export_the_ledger()
    {
        var reply = await _app.TextReplyAsync("导出台账", TestUser.Named("汪珂吉"));

        Assert.Contains("只有协调员", reply, StringComparison.Ordinal);
    }

    private static (string Xlsx, string Csv) Links(JsonElement card)
    {
        var urls = card.GetProperty("actions").EnumerateArray().Select(action => action.GetProperty("url").GetString()!).ToList();
        return (urls.Single(url => url.EndsWith(".xlsx", StringComparison.Ordinal)), urls.Single(url => url.EndsWith(".csv", StringComparison.Ordinal)));
    }
}
