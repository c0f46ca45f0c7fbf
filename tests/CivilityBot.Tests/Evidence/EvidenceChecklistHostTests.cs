using System.Net;
using System.Text.Json;
using CivilityBot.Cards.Checklists;
using CivilityBot.Checklists;
using CivilityBot.Evidence;
using CivilityBot.Tests.Checklists;
using CivilityBot.Tests.Host;

namespace CivilityBot.Tests.Evidence;

/// <summary>Evidence on the checklist card: upload from its button, see the files and what is missing, review, concurrency.</summary>
public sealed class EvidenceChecklistHostTests : IDisposable
{
    private readonly ChecklistsApp _app = new();
    private readonly TestUser _wangKeji = TestUser.Named("汪珂吉");
    private readonly TestUser _zhouJingjun = TestUser.Named("周敬军");

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_owner_uploads_from_the_card_button_and_the_card_then_shows_the_files_and_what_is_still_missing()
    {
        var before = await _app.CardOfAsync("我的清单", _wangKeji);
        Assert.Contains("佐证文件：暂无", CardClient.Text(before), StringComparison.Ordinal);
        Assert.Contains("还缺：1 份文件、文字说明", CardClient.Text(before), StringComparison.Ordinal);

        using var browser = _app.App.CreateClient();
        using var posted = await browser.PostAsync(UploadPath(before, "16.1"), new MultipartBody()
            .File("志愿者注册方案.pdf", EvidenceSamples.Pdf()).File("活动现场.jpg", EvidenceSamples.Jpeg()).Content());
        var after = await _app.CardOfAsync("我的清单", _wangKeji);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var text = CardClient.Text(after);
        Assert.Contains("佐证文件（2）：志愿者注册方案.pdf、活动现场.jpg", text, StringComparison.Ordinal);
        Assert.Contains("还缺：文字说明", text, StringComparison.Ordinal);
        Assert.False(CardClient.HasVerb(after, EvidenceVerbs.Accept));
    }

    [Fact]
    public async Task A_coordinator_returns_with_a_comment_then_accepts_and_the_owner_sees_the_verdict_on_her_card()
    {
        await UploadAsync(_wangKeji, "16.1", ("方案.pdf", EvidenceSamples.Pdf()));
        var review = await _app.CardOfAsync("汪珂吉的清单", _zhouJingjun);

        var noComment = await _app.PressAsync(review, EvidenceVerbs.Return, _zhouJingjun);
        var returned = await _app.PressAsync(review, EvidenceVerbs.Return, _zhouJingjun, values => values[EvidenceVerbs.Comment("16.1")] = "请补充活动照片");
        var ownerAfterReturn = CardClient.Text(await _app.CardOfAsync("我的清单", _wangKeji));
        var accepted = await _app.PressAsync(review, EvidenceVerbs.Accept, _zhouJingjun, values => values[EvidenceVerbs.Comment("16.1")] = "材料齐全");
        var ownerAfterAccept = CardClient.Text(await _app.CardOfAsync("我的清单", _wangKeji));

        Assert.Contains("退回 16.1 时请在审核意见里写明", CardClient.Text(Card(noComment)), StringComparison.Ordinal);
        Assert.Contains("已退回 16.1 的佐证", CardClient.Text(Card(returned)), StringComparison.Ordinal);
        Assert.Contains("已退回 · 周敬军 09-15 10:00：请补充活动照片", ownerAfterReturn, StringComparison.Ordinal);
        Assert.Contains("已将 16.1 的佐证标记为通过", CardClient.Text(Card(accepted)), StringComparison.Ordinal);
        Assert.Contains("审核通过 · 周敬军 09-15 10:00：材料齐全", ownerAfterAccept, StringComparison.Ordinal);
        var audit = _app.Service<IEvidenceStore>().Audit("16.1");
        Assert.Equal([EvidenceAuditActions.Upload, EvidenceAuditActions.Review, EvidenceAuditActions.Review], audit.Select(entry => entry.Action));
    }

    [Fact]
    public async Task The_owner_is_told_of_a_return_through_the_outbox_with_the_comment()
    {
        await UploadAsync(_wangKeji, "16.1", ("方案.pdf", EvidenceSamples.Pdf()));
        var review = await _app.CardOfAsync("汪珂吉的清单", _zhouJingjun);

        await _app.PressAsync(review, EvidenceVerbs.Return, _zhouJingjun, values => values[EvidenceVerbs.Comment("16.1")] = "请补充活动照片");
        var outbox = _app.Service<IOutbox>();
        var notice = Assert.Single(outbox.RecentBroadcasts(10), batch => batch.Kind == OutboxKinds.EvidenceReview);
        await CivilityBot.Tests.Outreach.OutboxWaits.FinishedAsync(outbox, notice.Id);

        var sent = Assert.Single(_app.Messenger.Sent, pair => pair.Person == "汪珂吉");
        var text = CardClient.Text(sent.Activity.Attachments![0].Content!.Value);
        Assert.Contains("退回", text, StringComparison.Ordinal);
        Assert.Contains("请补充活动照片", text, StringComparison.Ordinal);
        Assert.DoesNotContain(_app.Messenger.Sent, pair => pair.Person == "周敬军");
    }

    [Fact]
    public async Task Accepting_without_a_comment_answers_with_the_card_and_the_owner_sees_the_verdict()
    {
        await UploadAsync(_wangKeji, "16.1", ("方案.pdf", EvidenceSamples.Pdf()));
        var review = await _app.CardOfAsync("汪珂吉的清单", _zhouJingjun);

        var accepted = await _app.PressAsync(review, EvidenceVerbs.Accept, _zhouJingjun, values => values.Remove(EvidenceVerbs.Comment("16.1")));

        Assert.Contains("已将 16.1 的佐证标记为通过", CardClient.Text(Card(accepted)), StringComparison.Ordinal);
        Assert.Contains("审核通过 · 周敬军 09-15 10:00", CardClient.Text(await _app.CardOfAsync("我的清单", _wangKeji)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_who_is_not_a_coordinator_cannot_review_even_with_a_coordinators_card()
    {
        await UploadAsync(_wangKeji, "16.1", ("方案.pdf", EvidenceSamples.Pdf()));
        var review = await _app.CardOfAsync("汪珂吉的清单", _zhouJingjun);

        var answer = await _app.PressAsync(review, EvidenceVerbs.Accept, _wangKeji);

        Assert.Contains("只有协调员", answer.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Empty(_app.Service<IEvidenceReviewStore>().Reviews());
    }

    [Fact]
    public async Task Two_people_uploading_to_the_same_sub_criterion_while_a_coordinator_reviews_lose_nothing()
    {
        await UploadAsync(_wangKeji, "16.1", ("第一份.pdf", EvidenceSamples.Pdf()));
        var review = await _app.CardOfAsync("汪珂吉的清单", _zhouJingjun);

        await Task.WhenAll(
            UploadAsync(_wangKeji, "16.1", ("汪-照片.jpg", EvidenceSamples.Jpeg(300_000, 1)), ("汪-方案.pdf", EvidenceSamples.Pdf(300_000, 2))),
            UploadAsync(_zhouJingjun, "16.1", ("周-照片.jpg", EvidenceSamples.Jpeg(300_000, 3)), ("周-纪要.pdf", EvidenceSamples.Pdf(300_000, 4))),
            _app.PressAsync(review, EvidenceVerbs.Accept, _zhouJingjun));

        var files = _app.Service<IEvidenceStore>().FilesOf("16.1");
        string[] names = ["第一份.pdf", "周-照片.jpg", "周-纪要.pdf", "汪-方案.pdf", "汪-照片.jpg"];
        Assert.Equal(names.Order(StringComparer.Ordinal), files.Select(file => file.OriginalName).Order(StringComparer.Ordinal));
        Assert.Equal(2, files.Count(file => file.UploadedBy == "周敬军"));
        Assert.Equal(EvidenceReviewState.Accepted, _app.Service<IEvidenceReviewStore>().Reviews()["16.1"].State);
        Assert.Equal(6, _app.Service<IEvidenceStore>().Audit("16.1").Count);
    }

    [Fact]
    public async Task A_coordinator_sets_a_sub_criterions_requirement_and_the_owners_card_shows_what_it_now_misses()
    {
        var refused = await _app.TextReplyAsync("佐证要求 16.1 照片2 文件0", _wangKeji);
        var set = await _app.TextReplyAsync("佐证要求 16.1 照片2 文件0", _zhouJingjun);
        var unknown = await _app.TextReplyAsync("佐证要求 16.1 录像3", _zhouJingjun);
        var card = CardClient.Text(await _app.CardOfAsync("我的清单", _wangKeji));

        Assert.Contains("协调员", refused, StringComparison.Ordinal);
        Assert.Equal("16.1 佐证已设置：至少 2 张照片、文字说明（清单上的佐证说明）（周敬军 设置）", set);
        Assert.StartsWith("没看懂要求", unknown, StringComparison.Ordinal);
        Assert.Contains("还缺：2 张照片、文字说明", card, StringComparison.Ordinal);
        Assert.Equal(EvidenceAuditActions.Requirement, Assert.Single(_app.Service<IEvidenceStore>().Audit("16.1")).Action);
    }

    private async Task UploadAsync(TestUser user, string item, params (string Name, byte[] Bytes)[] files)
    {
        var card = await _app.CardOfAsync(user.Name == "汪珂吉" ? "我的清单" : "汪珂吉的清单", user);
        using var browser = _app.App.CreateClient();
        var body = new MultipartBody();
        foreach (var (name, bytes) in files)
        {
            body.File(name, bytes);
        }

        using var response = await browser.PostAsync(UploadPath(card, item), body.Content());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static JsonElement Card(JsonElement invokeAnswer) => invokeAnswer.GetProperty("value");

    /// <summary>The path of the 上传佐证 button under <paramref name="item"/> (the first upload button after its toggle).</summary>
    private static string UploadPath(JsonElement card, string item)
    {
        var raw = card.GetRawText();
        var at = raw.IndexOf($"\"{ChecklistFields.Done(item)}\"", StringComparison.Ordinal);
        var url = raw.IndexOf("/upload/", at, StringComparison.Ordinal);
        return raw[url..raw.IndexOf('"', url)];
    }
}
