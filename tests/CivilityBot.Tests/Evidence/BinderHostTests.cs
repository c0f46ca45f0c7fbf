using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using CivilityBot.Cards.Checklists;
using CivilityBot.Tests.Checklists;
using CivilityBot.Tests.Host;
using MiniExcelLibs;

namespace CivilityBot.Tests.Evidence;

/// <summary>导出台账 → the binder zip: folders by category, indicator and sub-criterion, and 目录.xlsx listing every file.</summary>
public sealed class BinderHostTests : IDisposable
{
    private readonly ChecklistsApp _app = new();
    private readonly TestUser _wangKeji = TestUser.Named("汪珂吉");
    private readonly TestUser _zhouJingjun = TestUser.Named("周敬军");

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_binder_holds_each_file_under_its_category_indicator_and_sub_criterion_and_lists_it_in_the_index()
    {
        var pdf = EvidenceSamples.Pdf();
        var card = await _app.CardOfAsync("我的清单", _wangKeji);
        using (var browser = _app.App.CreateClient())
        using (await browser.PostAsync(UploadPath(card), new MultipartBody().File("志愿者注册方案.pdf", pdf).File("活动现场.jpg", EvidenceSamples.Jpeg()).Content()))
        {
        }

        var review = await _app.CardOfAsync("汪珂吉的清单", _zhouJingjun);
        await _app.PressAsync(review, EvidenceVerbs.Accept, _zhouJingjun, values => values[EvidenceVerbs.Comment("16.1")] = "齐全");
        var ledger = await _app.CardOfAsync("导出台账", _zhouJingjun);
        var zipUrl = Urls(ledger).Single(url => url.EndsWith(".zip", StringComparison.Ordinal));

        using var client = _app.App.CreateClient();
        using var response = await client.GetAsync(new Uri(zipUrl).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));

        var names = zip.Entries.Select(entry => entry.FullName).ToList();
        Assert.Contains(names, name => name.EndsWith("/16 学雷锋志愿服务队伍和志愿者注册/16.1/16.1-01-志愿者注册方案.pdf", StringComparison.Ordinal) && name.StartsWith("05 ", StringComparison.Ordinal));
        Assert.Contains(names, name => name.EndsWith("/16.1/16.1-02-活动现场.jpg", StringComparison.Ordinal));
        await using (var stored = await zip.Entries.Single(entry => entry.Name == "16.1-01-志愿者注册方案.pdf").OpenAsync())
        {
            Assert.Equal(SHA256.HashData(pdf), await SHA256.HashDataAsync(stored));
        }

        using var index = new MemoryStream();
        await using (var workbook = await zip.GetEntry("目录.xlsx")!.OpenAsync())
        {
            await workbook.CopyToAsync(index);
        }

        Assert.Equal(["目录", "台账", "修改记录", "人员与角色变更"], index.GetSheetNames());
        var rows = index.Query(useHeaderRow: true, sheetName: "目录").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, rows.Count);
        var first = rows[0];
        Assert.Equal(("16.1", "志愿者注册方案.pdf", "汪珂吉", "汪珂吉", "通过", "齐全"),
            ((string)first["子项"], (string)first["原文件名"], (string)first["责任人"], (string)first["上传人"], (string)first["审核"], (string)first["审核意见"]));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), first["SHA-256"]);
    }

    [Fact]
    public async Task A_zip_link_that_expired_gets_the_same_404_as_other_dead_links()
    {
        var ledger = await _app.CardOfAsync("导出台账", _zhouJingjun);
        var zipUrl = Urls(ledger).Single(url => url.EndsWith(".zip", StringComparison.Ordinal));

        _app.Time.Advance(TimeSpan.FromDays(2));
        using var client = _app.App.CreateClient();
        using var response = await client.GetAsync(new Uri(zipUrl).PathAndQuery);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static IEnumerable<string> Urls(System.Text.Json.JsonElement card) =>
        card.GetProperty("actions").EnumerateArray().Where(action => action.TryGetProperty("url", out _)).Select(action => action.GetProperty("url").GetString()!);

    private static string UploadPath(System.Text.Json.JsonElement card)
    {
        var raw = card.GetRawText();
        var url = raw.IndexOf("/upload/", raw.IndexOf("\"done:16.1\"", StringComparison.Ordinal), StringComparison.Ordinal);
        return raw[url..raw.IndexOf('"', url)];
    }
}
