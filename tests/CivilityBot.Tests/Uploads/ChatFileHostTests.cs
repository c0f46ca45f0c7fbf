using CivilityBot.Cards.Checklists;
using CivilityBot.Evidence;
using CivilityBot.Tests.Evidence;
using CivilityBot.Tests.Host;
using CivilityBot.Uploads;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Tests.Uploads;

/// <summary>
/// Evidence files sent in personal chat through the real service, downloaded from a local HTTP stub of Teams'
/// downloadUrl: they land as a page upload does, and every bad input gets a Chinese answer and stores nothing.
/// </summary>
public sealed class ChatFileHostTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2023, 9, 15, 2, 0, 0, TimeSpan.Zero));
    private readonly BotApplication _app;
    private readonly DownloadStub _stub = new();
    private readonly TestUser _owner = TestUser.Named("汪珂吉");

    public ChatFileHostTests()
    {
        _app = new BotApplication(settings: new Dictionary<string, string?> { ["Evidence:MaxFileBytes"] = "1048576" })
        {
            ConfigureTestServices = services => services.AddSingleton<TimeProvider>(_time),
        };
    }

    private IEvidenceStore Store => _app.Services.GetRequiredService<IEvidenceStore>();

    public void Dispose()
    {
        _stub.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task A_PDF_and_a_photo_sent_after_上传佐证_land_on_the_sub_criterion_as_a_page_upload_does()
    {
        var started = await SayAsync("上传佐证 16.1");
        var reply = await SendAsync(("志愿者注册方案.pdf", _stub.Serve("a.pdf", EvidenceSamples.Pdf())), ("活动现场.jpg", _stub.Serve("b.jpg", EvidenceSamples.Jpeg())));

        Assert.Contains("30 分钟内", started, StringComparison.Ordinal);
        Assert.Contains("在网页上上传", started, StringComparison.Ordinal);
        Assert.Contains("/upload/", started, StringComparison.Ordinal);
        Assert.Contains("已保存 2 个文件到 16.1", reply, StringComparison.Ordinal);
        var files = Store.FilesOf("16.1");
        Assert.Equal(["志愿者注册方案.pdf", "活动现场.jpg"], files.Select(file => file.OriginalName));
        Assert.Equal([EvidenceKind.Document, EvidenceKind.Photo], files.Select(file => file.Kind));
        Assert.All(files, file => Assert.Equal(("汪珂吉", "汪珂吉"), (file.UploadedBy, file.OwnerName)));
    }

    [Fact]
    public async Task The_checklist_button_在聊天中发送_makes_the_next_chat_file_the_item_s_evidence_for_its_owner_only()
    {
        var card = await SayAsync("我的清单");
        var stranger = await _app.InvokeAsync(EvidenceVerbs.ChatUpload, new System.Text.Json.Nodes.JsonObject { [EvidenceVerbs.Item] = "1.1" }, _owner);
        var pressed = await _app.InvokeAsync(EvidenceVerbs.ChatUpload, new System.Text.Json.Nodes.JsonObject { [EvidenceVerbs.Item] = "16.1" }, _owner);
        var reply = await SendAsync(("方案.pdf", _stub.Serve("a.pdf", EvidenceSamples.Pdf())));

        Assert.Contains("在聊天中发送", card, StringComparison.Ordinal);
        Assert.Contains("不是您负责的", stranger.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("30 分钟内把 16.1 的佐证材料作为文件直接发到这个单独聊天里", pressed.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("已保存 1 个文件到 16.1", reply, StringComparison.Ordinal);
        Assert.Equal(["方案.pdf"], Store.FilesOf("16.1").Select(file => file.OriginalName));
    }

    [Fact]
    public async Task A_在聊天中发送_press_whose_item_is_not_a_string_is_told_which_item_is_missing_and_sets_nothing()
    {
        var numeric = await _app.InvokeAsync(EvidenceVerbs.ChatUpload, new System.Text.Json.Nodes.JsonObject { [EvidenceVerbs.Item] = 16.1 }, _owner);
        var reply = await SendAsync(("方案.pdf", _stub.Serve("a.pdf", EvidenceSamples.Pdf())));

        Assert.Contains("没有看出是哪个子项", numeric.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("编号为  的", numeric.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(Store.FilesOf("16.1"));
        Assert.DoesNotContain("已保存", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pasted_image_is_fetched_with_the_bot_s_token_from_a_trusted_host_only()
    {
        await SayAsync("上传佐证 16.1");
        var pasted = await SendImageAsync(_stub.Serve("inline.png", EvidenceSamples.Png()));
        var foreign = await SendImageAsync("https://attacker.example/steal.png");

        Assert.Contains("已保存 1 个文件到 16.1", pasted, StringComparison.Ordinal);
        Assert.Contains("没能从 Teams 取到「图片.png」的完整内容", foreign, StringComparison.Ordinal);
        var file = Assert.Single(Store.FilesOf("16.1"));
        Assert.Equal(("图片.png", EvidenceKind.Photo), (file.OriginalName, file.Kind));
    }

    [Fact]
    public async Task A_file_sent_with_nothing_pending_gets_told_what_to_do_first_and_is_not_even_downloaded()
    {
        var reply = await SendAsync(("方案.pdf", _stub.Serve("a.pdf", EvidenceSamples.Pdf())));

        Assert.Contains("不知道它是做什么用的", reply, StringComparison.Ordinal);
        Assert.Contains("「导入名单」", reply, StringComparison.Ordinal);
        Assert.Contains("「上传佐证 16.1」", reply, StringComparison.Ordinal);
        Assert.Empty(_stub.Requests);
        AssertNothingStored();
    }

    [Fact]
    public async Task A_pending_upload_expires_after_the_setting_and_a_later_file_is_refused()
    {
        await SayAsync("上传佐证 16.1");
        _time.Advance(TimeSpan.FromMinutes(31));

        var reply = await SendAsync(("方案.pdf", _stub.Serve("a.pdf", EvidenceSamples.Pdf())));

        Assert.Contains("不知道它是做什么用的", reply, StringComparison.Ordinal);
        AssertNothingStored();
    }

    [Fact]
    public async Task Removing_from_someone_else_s_sub_criterion_is_refused_in_the_words_of_removal()
    {
        var reply = await SayAsync("删除佐证 1.1 1");

        Assert.Contains("这个子项不是您负责的，不能删除或查看它的佐证文件。", reply, StringComparison.Ordinal);
        AssertNothingStored();
    }

    [Theory]
    [InlineData("录音.mp3", "big", "「录音.mp3」超过单个文件 1 MB 的上限，本次没有保存任何文件。")]
    [InlineData("说明.txt", "pdf", "「说明.txt」的文件类型不在允许范围内")]
    [InlineData("照片.jpg", "pdf", "「照片.jpg」的内容与扩展名不符（内容是 pdf 文件）")]
    [InlineData("空白.pdf", "empty", "「空白.pdf」是空文件，本次没有保存任何文件。")]
    [InlineData("../../civilitybot.db.pdf", "pdf", "含有路径符号或控制字符")]
    [InlineData("报告\u202Egpj.pdf", "pdf", "含有路径符号或控制字符")]
    [InlineData("方案.pdf", "404", "没能从 Teams 取到「方案.pdf」的完整内容")]
    [InlineData("方案.pdf", "cut", "没能从 Teams 取到「方案.pdf」的完整内容")]
    public async Task A_bad_chat_file_gets_a_clear_answer_and_nothing_is_stored_not_even_the_good_file_before_it(string name, string kind, string expected)
    {
        var url = kind switch
        {
            "big" => _stub.Serve("f", [.. EvidenceSamples.Mp3(), .. new byte[1_100_000]]),
            "empty" => _stub.Serve("f", []),
            "404" => _stub.Serve("f", [], status: 404),
            "cut" => _stub.Serve("f", EvidenceSamples.Pdf(200_000), cutAt: 100_000),
            _ => _stub.Serve("f", EvidenceSamples.Pdf()),
        };
        await SayAsync("上传佐证 16.1");

        var reply = await SendAsync(("好的.png", _stub.Serve("good.png", EvidenceSamples.Png())), (name, url));

        Assert.Contains(expected, reply, StringComparison.Ordinal);
        Assert.DoesNotContain("已保存", reply, StringComparison.Ordinal);
        AssertNothingStored();
    }

    [Fact]
    public async Task Someone_else_s_sub_criterion_is_refused_when_asked_and_a_file_after_it_is_not_taken()
    {
        var asked = await SayAsync("上传佐证 1.1");
        var reply = await SendAsync(("方案.pdf", _stub.Serve("a.pdf", EvidenceSamples.Pdf())));

        Assert.Contains("这个子项不是您负责的，不能为它上传佐证。", asked, StringComparison.Ordinal);
        Assert.Contains("不知道它是做什么用的", reply, StringComparison.Ordinal);
        AssertNothingStored();
    }

    [Fact]
    public async Task A_file_in_a_group_chat_is_refused_politely()
    {
        await SayAsync("上传佐证 16.1");
        var activity = ChatFiles.Message(_app, _owner, ("方案.pdf", _stub.Serve("a.pdf", EvidenceSamples.Pdf())));
        activity["conversation"]!["conversationType"] = "groupChat";
        activity["conversation"]!["id"] = "19:group@thread.v2";

        var reply = await ChatFiles.SendAsync(_app, activity);

        Assert.Contains("请在与我的单独聊天中发送文件", reply, StringComparison.Ordinal);
        AssertNothingStored();
    }

    [Fact]
    public async Task A_removed_file_leaves_the_current_list_and_the_audit_keeps_who_removed_what_when()
    {
        await SayAsync("上传佐证 16.1");
        await SendAsync(("方案.pdf", _stub.Serve("a.pdf", EvidenceSamples.Pdf())), ("现场.jpg", _stub.Serve("b.jpg", EvidenceSamples.Jpeg())));

        var listed = await SayAsync("删除佐证 16.1");
        var removed = await SayAsync("删除佐证 16.1 1");
        var refused = await SayAsync("删除佐证 16.1 5");
        var stranger = await SayAsync("删除佐证 16.1 1", TestUser.Named("宋伟"));

        Assert.Contains("1. 方案.pdf（汪珂吉）", listed, StringComparison.Ordinal);
        Assert.Contains("已从 16.1 删除「方案.pdf」", removed, StringComparison.Ordinal);
        Assert.Contains("没有第 5 个文件（共 1 个），未做任何更改", refused, StringComparison.Ordinal);
        Assert.Contains("不是您负责的", stranger, StringComparison.Ordinal);
        Assert.Equal(["现场.jpg"], Store.FilesOf("16.1").Select(file => file.OriginalName));
        var audit = Store.Audit("16.1").Single(entry => entry.Action == EvidenceAuditActions.Remove);
        Assert.Equal(("汪珂吉", _time.GetUtcNow()), (audit.Actor, audit.At));
        Assert.Contains("方案.pdf", audit.Detail, StringComparison.Ordinal);
        Assert.Equal(2, Store.StoredContentCount());
    }

    private async Task<string> SayAsync(string text, TestUser? user = null)
    {
        var replies = await _app.AskAsync(text, user ?? _owner);
        return string.Join("\n", replies.Select(reply => reply.GetRawText()));
    }

    private Task<string> SendAsync(params (string Name, string Url)[] files) => ChatFiles.SendAsync(_app, ChatFiles.Message(_app, _owner, files));

    private Task<string> SendImageAsync(string contentUrl)
    {
        var activity = ChatFiles.Message(_app, _owner);
        activity["attachments"] = new System.Text.Json.Nodes.JsonArray(
            new System.Text.Json.Nodes.JsonObject { ["contentType"] = "image/png", ["contentUrl"] = contentUrl },
            new System.Text.Json.Nodes.JsonObject { ["contentType"] = "text/html", ["content"] = "<div><img src=\"x\"></div>" });
        return ChatFiles.SendAsync(_app, activity);
    }

    private void AssertNothingStored()
    {
        Assert.Empty(Store.AllFiles());
        Assert.Equal(0, Store.StoredContentCount());
    }
}
