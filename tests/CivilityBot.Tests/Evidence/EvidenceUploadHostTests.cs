using System.Net;
using CivilityBot.Evidence;
using CivilityBot.Uploads;
using CivilityBot.Tests.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Tests.Evidence;

/// <summary>The upload page and its POST through the real service: what a person sees, and that refused uploads store nothing.</summary>
public sealed class EvidenceUploadHostTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2023, 9, 15, 2, 0, 0, TimeSpan.Zero));
    private readonly BotApplication _app;
    private readonly HttpClient _browser;

    public EvidenceUploadHostTests()
    {
        _app = new BotApplication(settings: new Dictionary<string, string?> { ["Evidence:MaxFileBytes"] = "1048576" })
        {
            ConfigureTestServices = services => services.AddSingleton<TimeProvider>(_time),
        };
        _browser = _app.CreateClient();
    }

    private IEvidenceStore Store => _app.Services.GetRequiredService<IEvidenceStore>();

    public void Dispose()
    {
        _browser.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task A_PDF_and_a_photo_sent_through_the_page_are_stored_under_the_sub_criterion_with_who_sent_them()
    {
        var link = Issue("16.1", "汪珂吉");

        using var page = await _browser.GetAsync(link);
        var html = await page.Content.ReadAsStringAsync();
        using var posted = await _browser.PostAsync(link, new MultipartBody()
            .File("志愿者注册方案.pdf", EvidenceSamples.Pdf())
            .File("活动现场.jpg", EvidenceSamples.Jpeg())
            .Content());

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("上传佐证材料", html, StringComparison.Ordinal);
        Assert.Contains("≥85%", html, StringComparison.Ordinal);
        Assert.Contains("width=device-width", html, StringComparison.Ordinal);
        Assert.Equal("已保存 2 个文件到 16.1。回到 Teams 点「刷新」即可在清单上看到。", await posted.Content.ReadAsStringAsync());
        var files = Store.FilesOf("16.1");
        Assert.Equal(["志愿者注册方案.pdf", "活动现场.jpg"], files.Select(file => file.OriginalName));
        Assert.Equal([EvidenceKind.Document, EvidenceKind.Photo], files.Select(file => file.Kind));
        Assert.All(files, file => Assert.Equal(("汪珂吉", "汪珂吉"), (file.UploadedBy, file.OwnerName)));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_naming_the_limit_and_nothing_is_stored()
    {
        var (status, text) = await PostAsync(new MultipartBody().File("录音.mp3", [.. EvidenceSamples.Mp3(), .. new byte[1_100_000]]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("「录音.mp3」超过单个文件 1 MB 的上限，本次没有保存任何文件。", text);
        AssertNothingStored();
    }

    [Theory]
    [InlineData("说明.txt", "「说明.txt」的文件类型不在允许范围内")]
    [InlineData("病毒.exe", "「病毒.exe」的文件类型不在允许范围内")]
    [InlineData("照片.jpg", "「照片.jpg」的内容与扩展名不符（内容是 pdf 文件）")]
    [InlineData("../../civilitybot.db.pdf", "含有路径符号或控制字符")]
    [InlineData("folder\\报告.pdf", "含有路径符号或控制字符")]
    [InlineData("报告\u202Egpj.pdf", "含有路径符号或控制字符")]
    [InlineData("报告\u0007.pdf", "含有路径符号或控制字符")]
    public async Task A_file_of_a_type_not_allowed_contradicting_its_name_or_with_a_bad_name_is_refused_and_nothing_is_stored(string name, string expected)
    {
        var (status, text) = await PostAsync(new MultipartBody().File("好的.png", EvidenceSamples.Png()).File(name, EvidenceSamples.Pdf()));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.EndsWith("本次没有保存任何文件。", text, StringComparison.Ordinal);
        AssertNothingStored();
    }

    [Fact]
    public async Task An_empty_file_is_refused_and_nothing_is_stored()
    {
        var (status, text) = await PostAsync(new MultipartBody().File("空白.pdf", []));

        Assert.Equal((HttpStatusCode.BadRequest, "「空白.pdf」是空文件，本次没有保存任何文件。"), (status, text));
        AssertNothingStored();
    }

    [Fact]
    public async Task Bytes_no_type_is_known_for_are_refused_even_under_an_allowed_name()
    {
        var (status, text) = await PostAsync(new MultipartBody().File("伪装.pdf", "MZ this is a program"u8.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("无法识别「伪装.pdf」的文件内容", text, StringComparison.Ordinal);
        AssertNothingStored();
    }

    [Fact]
    public async Task An_upload_cut_off_half_way_stores_nothing_not_even_the_files_that_arrived_whole()
    {
        var body = new MultipartBody().File("完整.png", EvidenceSamples.Png()).File("一半.pdf", EvidenceSamples.Pdf(200_000));
        var link = Issue("16.1", "汪珂吉");

        using var response = await _browser.PostAsync(link, body.Content(cutOffAt: 100_000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("上传中断", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertNothingStored();
    }

    [Fact]
    public async Task A_link_opened_in_another_browser_after_its_owner_is_refused()
    {
        var link = Issue("16.1", "汪珂吉");
        using (await _browser.GetAsync(link))
        {
        }

        using var otherBrowser = _app.CreateClient();
        using var page = await otherBrowser.GetAsync(link);
        using var post = await otherBrowser.PostAsync(link, new MultipartBody().File("冒名.jpg", EvidenceSamples.Jpeg()).Content());

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("只能由收到它的本人使用", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        AssertNothingStored();
    }

    [Fact]
    public async Task An_expired_or_tampered_link_is_refused_with_how_to_get_a_new_one()
    {
        var link = Issue("16.1", "汪珂吉");
        var tampered = link[..^3] + (link[^3] == 'A' ? "B" : "A") + link[^2..];
        using var forged = await _browser.PostAsync(tampered, new MultipartBody().File("a.jpg", EvidenceSamples.Jpeg()).Content());

        _time.Advance(TimeSpan.FromHours(24));
        using var expired = await _browser.PostAsync(link, new MultipartBody().File("a.jpg", EvidenceSamples.Jpeg()).Content());

        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Equal(UploadTexts.LinkInvalid, await expired.Content.ReadAsStringAsync());
        Assert.Contains("点「上传佐证」", UploadTexts.LinkInvalid, StringComparison.Ordinal);
        AssertNothingStored();
    }

    [Fact]
    public async Task A_link_to_a_sub_criterion_someone_else_answers_for_is_refused()
    {
        var link = Issue("1.1", "汪珂吉");

        using var response = await _browser.PostAsync(link, new MultipartBody().File("a.jpg", EvidenceSamples.Jpeg()).Content());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("这个子项不是您负责的，不能为它上传佐证。", await response.Content.ReadAsStringAsync());
        AssertNothingStored();
    }

    [Fact]
    public async Task A_post_without_files_gets_a_note_to_choose_files_first()
    {
        var (status, text) = await PostAsync(new MultipartBody().Field("note", "没有文件"));

        Assert.Equal((HttpStatusCode.BadRequest, UploadTexts.NoFiles), (status, text));
    }

    private async Task<(HttpStatusCode Status, string Text)> PostAsync(MultipartBody body)
    {
        using var response = await _browser.PostAsync(Issue("16.1", "汪珂吉"), body.Content());
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private string Issue(string subCriterionId, string person) =>
        new Uri(_app.Services.GetRequiredService<UploadLinks>().Issue("evidence", subCriterionId, person)).PathAndQuery;

    private void AssertNothingStored()
    {
        Assert.Empty(Store.AllFiles());
        Assert.Equal(0, Store.StoredContentCount());
        Assert.Empty(Store.Audit());
    }
}
