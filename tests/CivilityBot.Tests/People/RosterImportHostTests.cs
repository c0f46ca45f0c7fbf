using System.Net;
using System.Text.Json.Nodes;
using CivilityBot.Cards.People;
using CivilityBot.Tests.Evidence;
using CivilityBot.Tests.Host;
using CivilityBot.Tests.Uploads;
using Microsoft.Extensions.DependencyInjection;

namespace CivilityBot.Tests.People;

/// <summary>
/// Staff list import through the real service: 导入名单, the file through the upload page or sent in personal chat
/// (downloaded from a local HTTP stub), the preview, and 确认导入. Nothing changes before the confirmation.
/// </summary>
public sealed class RosterImportHostTests : IDisposable
{
    private readonly BotApplication _app = new();
    private readonly DownloadStub _stub = new();
    private readonly TestUser _coordinator = TestUser.Named("刘斌");

    private IRosterStore Roster => _app.Services.GetRequiredService<IRosterStore>();

    public void Dispose()
    {
        _stub.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task A_good_xlsx_through_the_upload_page_is_previewed_in_Teams_and_applied_only_when_confirmed()
    {
        var started = await SayAsync("导入名单");
        var path = ChatFiles.UploadPath(started);
        using var browser = _app.CreateClient();
        var xlsx = RosterFiles.Xlsx(RosterFiles.Header, ["宋伟", "办公室", "songw@yueyang.example", "联络员"], ["汪珂吉", "团委", "wangkj@yueyang.example", ""], ["新同事", "财务科", "xin@yueyang.example", ""]);

        using var page = await browser.GetAsync(path);
        using var posted = await browser.PostAsync(path, new MultipartBody().File("名单.xlsx", xlsx).Content());
        var text = await posted.Content.ReadAsStringAsync();

        Assert.Contains("请把人员名单（.xlsx 或 .csv）发到这个单独聊天里", started, StringComparison.Ordinal);
        Assert.Contains("上传人员名单", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("已读取「名单.xlsx」：新增 3 人，变更 0 人，移除 0 人，有问题 0 行。名单还没有更改，请在 Teams 里查看预览并点「确认导入」。", text);
        Assert.Empty(Roster.Entries());
        var preview = await UntilSentAsync("确认导入");
        Assert.Contains("宋伟：科室 办公室 · 邮箱 songw@yueyang.example · 角色 联络员", preview, StringComparison.Ordinal);

        var applied = await ConfirmAsync(DraftIn(preview), _coordinator);

        Assert.Contains("名单已导入（刘斌 确认）：新增 3 人", applied, StringComparison.Ordinal);
        Assert.Equal(["宋伟", "新同事", "汪珂吉"], Roster.Entries().Select(entry => entry.Id).Order(StringComparer.Ordinal));
        Assert.All(Roster.Audit(), entry => Assert.Equal(("刘斌", PeopleAuditActions.RosterAdd), (entry.ActorName, entry.Action)));
        Assert.Equal(3, Roster.Audit().Count);
    }

    [Fact]
    public async Task A_csv_sent_in_personal_chat_then_a_second_one_shows_what_changed_and_what_was_removed()
    {
        await SayAsync("导入名单");
        var first = await SendAsync("名单.csv", RosterFiles.Csv(false, "姓名,科室,邮箱", "宋伟,办公室,songw@yueyang.example", "汪珂吉,团委,wangkj@yueyang.example"));
        await ConfirmAsync(DraftIn(first), _coordinator);

        var second = await SendAsync("名单2.csv", RosterFiles.Csv(true, "姓名,部门,UPN,角色", "宋伟,机关党委,songw@yueyang.example,", "石勇,办公室,shiy@yueyang.example,组长"));

        Assert.Contains("新增 1 人，变更 1 人，移除 1 人", second, StringComparison.Ordinal);
        Assert.Contains("宋伟：科室 办公室 → 机关党委", second, StringComparison.Ordinal);
        Assert.Contains("汪珂吉：科室 团委", second, StringComparison.Ordinal);
        Assert.Contains("工作方案里写明的责任人、清单和已有的 Teams 关联都不变", second, StringComparison.Ordinal);
        Assert.Equal(["宋伟", "汪珂吉"], Roster.Entries().Select(entry => entry.Id).Order(StringComparer.Ordinal));
        Assert.Equal("办公室", Roster.Entries().Single(entry => entry.Id == "宋伟").Department);

        await ConfirmAsync(DraftIn(second), _coordinator);
        var answer = await SayAsync("第16项谁负责");

        Assert.Equal(["宋伟", "石勇"], Roster.Entries().Select(entry => entry.Id).Order(StringComparer.Ordinal));
        Assert.Contains(Roster.Audit(), entry => entry.Action == PeopleAuditActions.RosterRemove && entry.PersonName == "汪珂吉");
        Assert.Contains("汪珂吉", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("缺列.csv", "姓名,科室\n宋伟,办公室", "缺少必需的列：邮箱")]
    [InlineData("重名.csv", "姓名,科室,邮箱\n宋伟,办公室,a@yueyang.example\n宋伟,团委,b@yueyang.example\n石勇,办公室,shiy@yueyang.example", "第 2 行 宋伟：姓名重复（第 2、3 行），这几行都未导入")]
    [InlineData("邮箱.csv", "姓名,科室,邮箱\n宋伟,办公室,songw at yueyang\n石勇,办公室,shiy@yueyang.example", "第 2 行 宋伟：邮箱「songw at yueyang」不是有效的邮箱地址")]
    [InlineData("只有表头.csv", "姓名,科室,邮箱", "文件里没有人员")]
    public async Task A_bad_file_gets_a_clear_preview_and_changes_nothing_until_confirmed(string name, string content, string expected)
    {
        await SayAsync("导入名单");

        var reply = await SendAsync(name, RosterFiles.Csv(false, content.Split('\n')));

        Assert.Contains(expected, reply, StringComparison.Ordinal);
        Assert.Empty(Roster.Entries());
        Assert.Empty(Roster.Audit());
    }

    [Fact]
    public async Task Rows_with_errors_are_left_out_and_the_good_rows_apply_on_confirmation()
    {
        await SayAsync("导入名单");
        var reply = await SendAsync("名单.csv", RosterFiles.Csv(false, "姓名,科室,邮箱", "宋伟,办公室,bad", "石勇,办公室,shiy@yueyang.example"));

        await ConfirmAsync(DraftIn(reply), _coordinator);

        Assert.Contains("有问题 1 行", reply, StringComparison.Ordinal);
        Assert.Equal(["石勇"], Roster.Entries().Select(entry => entry.Id));
    }

    [Fact]
    public async Task Empty_or_20_MB_or_disguised_files_are_refused_by_the_intake_naming_the_limit()
    {
        await SayAsync("导入名单");

        var empty = await SendAsync("名单.csv", []);
        var huge = await SendAsync("名单.csv", new byte[20 * 1024 * 1024]);
        var disguised = await SendAsync("名单.xlsx", RosterFiles.Csv(false, "姓名,科室,邮箱"));
        var pdf = await SendAsync("名单.pdf", EvidenceSamples.Pdf());
        var notWorkbook = await SendAsync("名单.xlsx", EvidenceSamples.OfficeZip("word/document.xml"));

        Assert.Contains("「名单.csv」是空文件", empty, StringComparison.Ordinal);
        Assert.Contains("「名单.csv」超过单个文件 5 MB 的上限", huge, StringComparison.Ordinal);
        Assert.Contains("文件内容与扩展名不符", disguised, StringComparison.Ordinal);
        Assert.Contains("允许：xlsx、csv", pdf, StringComparison.Ordinal);
        Assert.Contains("无法读取这个文件", notWorkbook, StringComparison.Ordinal);
        Assert.Empty(Roster.Entries());
    }

    [Fact]
    public async Task A_20_MB_file_on_the_upload_page_is_refused_with_the_limit_named()
    {
        var path = ChatFiles.UploadPath(await SayAsync("导入名单"));
        using var browser = _app.CreateClient();

        using var posted = await browser.PostAsync(path, new MultipartBody().File("名单.xlsx", new byte[20 * 1024 * 1024]).Content());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, posted.StatusCode);
        Assert.Equal("「名单.xlsx」超过单个文件 5 MB 的上限，本次没有保存任何文件。", await posted.Content.ReadAsStringAsync());
        Assert.Empty(Roster.Entries());
    }

    [Fact]
    public async Task Only_coordinators_import_and_confirm_and_a_second_press_changes_nothing()
    {
        var refused = await SayAsync("导入名单", TestUser.Named("汪珂吉"));
        await SayAsync("导入名单");
        var reply = await SendAsync("名单.csv", RosterFiles.Csv(false, "姓名,科室,邮箱", "石勇,办公室,shiy@yueyang.example"));

        var stranger = await ConfirmAsync(DraftIn(reply), TestUser.Named("汪珂吉"));
        Assert.Empty(Roster.Entries());
        await ConfirmAsync(DraftIn(reply), _coordinator);
        var again = await ConfirmAsync(DraftIn(reply), TestUser.Named("周敬军"));

        Assert.Contains("协调员", refused, StringComparison.Ordinal);
        Assert.Contains("协调员", stranger, StringComparison.Ordinal);
        Assert.Contains("这个预览已经处理过了", again, StringComparison.Ordinal);
        Assert.Single(Roster.Audit());
    }

    private async Task<string> SayAsync(string text, TestUser? user = null)
    {
        var replies = await _app.AskAsync(text, user ?? _coordinator);
        return string.Join("\n", replies.Select(reply => reply.GetRawText()));
    }

    private Task<string> SendAsync(string name, byte[] content) =>
        ChatFiles.SendAsync(_app, ChatFiles.Message(_app, _coordinator, (name, _stub.Serve(Guid.NewGuid().ToString("N"), content))));

    private async Task<string> ConfirmAsync(string draft, TestUser user) =>
        (await _app.InvokeAsync(RosterImportVerbs.Confirm, new JsonObject { [RosterImportVerbs.Draft] = draft }, user)).GetRawText();

    private static string DraftIn(string raw)
    {
        const string key = "\"draft\":\"";
        var at = raw.IndexOf(key, StringComparison.Ordinal) + key.Length;
        return raw[at..raw.IndexOf('"', at)];
    }

    private async Task<string> UntilSentAsync(string text)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (_app.Connector.Sent.FirstOrDefault(call => call.Content.Contains(text, StringComparison.Ordinal)) is { } call)
            {
                return call.Content;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"Nothing containing {text} was sent.");
    }
}
