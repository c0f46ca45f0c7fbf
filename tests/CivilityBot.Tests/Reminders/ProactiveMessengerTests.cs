using CivilityBot.Conversations;
using CivilityBot.People;
using CivilityBot.Protocol;
using CivilityBot.Protocol.Schema;
using CivilityBot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Tests.Reminders;

public sealed class ProactiveMessengerTests : IDisposable
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/apac/";
    private readonly TempDatabase _db = new();
    private readonly FakePeopleDirectory _people = new();
    private readonly RecordingConnector _connector = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2023, 9, 15, 1, 0, 0, TimeSpan.Zero));
    private readonly ConversationReferences _references;
    private readonly LiteDbConversationReferenceStore _store;
    private readonly LiteDbDirectoryRecordStore _directory;
    private readonly ProactiveMessenger _messenger;

    public ProactiveMessengerTests()
    {
        _store = new LiteDbConversationReferenceStore(_db.Database);
        _directory = new LiteDbDirectoryRecordStore(_db.Database);
        _references = new ConversationReferences(_store, new InMemoryServiceUrlTrust(Options.Create(new BotOptions())), _time);
        _messenger = Messenger(new FakeAppInstaller(available: false));
    }

    private ProactiveMessenger Messenger(IAppInstaller installer) => new(
        _people, _references, _connector, installer, _directory, _store,
        Options.Create(new BotOptions { MicrosoftAppId = "app-id" }), _time, NullLogger<ProactiveMessenger>.Instance);

    [Fact]
    public async Task SendAsync_LinkedPersonWhoNeverWroteWithGraph_InstallsThenSendsToTheInstallationsChat()
    {
        _people.Link("汪珂吉");
        var messenger = Messenger(new FakeAppInstaller());

        Assert.True(messenger.CheckReachability("汪珂吉").ViaInstall);
        var result = await messenger.SendAsync("汪珂吉", Message(), CancellationToken.None);

        Assert.Equal(DeliveryState.Sent, result.State);
        var sent = Assert.Single(_connector.Sent);
        Assert.Equal("19:aad-汪珂吉@unq.gbl.spaces", sent.ConversationId);
        Assert.Equal("https://smba.trafficmanager.net/teams/", sent.ServiceUrl);
        Assert.True(messenger.FindRoute("汪珂吉").Existing is { IsPersonal: true });
    }

    [Fact]
    public async Task SendAsync_InstallationRefused_IsUnreachableWithGraphsReason()
    {
        _people.Link("汪珂吉");
        var installer = new FakeAppInstaller();
        installer.Outcomes["aad-汪珂吉"] = AppInstallOutcome.Refused(InstallReasons.Forbidden);

        var result = await Messenger(installer).SendAsync("汪珂吉", Message(), CancellationToken.None);

        Assert.Equal(DeliveryState.Unreachable, result.State);
        Assert.Equal("自动安装机器人未成功：" + InstallReasons.Forbidden, result.Reason);
        Assert.Empty(_connector.Sent);
    }

    [Fact]
    public void CheckReachability_PersonTheDirectoryDoesNotKnow_NamesTheDirectorysReason()
    {
        _directory.Save(new DirectoryRecord { Id = "汪珂吉", Status = DirectoryStatus.NotFound, Reason = "通讯录中找不到（wkj@yueyang.example）" });

        var reach = Messenger(new FakeAppInstaller()).CheckReachability("汪珂吉");

        Assert.False(reach.CanReach);
        Assert.Equal("通讯录中找不到（wkj@yueyang.example）", reach.Reason);
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task SendAsync_PersonWithPersonalChat_SendsThereAddressedToThem()
    {
        _people.Link("宋伟");
        Remember("宋伟", "29:songwei", "a:personal-songwei", "personal");

        var result = await _messenger.SendAsync("宋伟", Message(), CancellationToken.None);

        Assert.Equal(DeliveryState.Sent, result.State);
        Assert.Equal("a:personal-songwei", result.ConversationId);
        var (serviceUrl, conversationId, sent) = Assert.Single(_connector.Sent);
        Assert.Equal((ServiceUrl, "a:personal-songwei"), (serviceUrl, conversationId));
        Assert.Equal("29:songwei", sent.Recipient!.Id);
        Assert.Equal("28:bot", sent.From!.Id);
        Assert.Equal("第16项等2项未完成", sent.Summary);
        Assert.Empty(_connector.Created);
    }

    [Fact]
    public async Task SendAsync_PersonSeenOnlyInAGroupChat_CreatesTheOneToOneChatOnceThenSends()
    {
        _people.Link("周敬军");
        Remember("周敬军", "29:zhou", "19:group@thread.v2", "groupChat");

        var first = await _messenger.SendAsync("周敬军", Message(), CancellationToken.None);
        var second = await _messenger.SendAsync("周敬军", Message(), CancellationToken.None);

        var created = Assert.Single(_connector.Created);
        Assert.False(created.IsGroup);
        Assert.Equal("28:bot", created.Bot!.Id);
        Assert.Equal("29:zhou", Assert.Single(created.Members!).Id);
        Assert.Equal("tenant-1", created.TenantId);
        Assert.Equal("tenant-1", created.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString());
        Assert.All(_connector.Sent, s => Assert.Equal("a:new-29:zhou", s.ConversationId));
        Assert.Equal((DeliveryState.Sent, DeliveryState.Sent), (first.State, second.State));
        Assert.Contains(_references.FindByAadObjectId(FakePeopleDirectory.AadOf("周敬军")), r => r.IsPersonal && r.ConversationId == "a:new-29:zhou");
    }

    [Fact]
    public async Task Someone_not_linked_to_Teams_is_unreachable_and_nothing_is_sent()
    {
        var reach = _messenger.CheckReachability("汪珂吉");
        var result = await _messenger.SendAsync("汪珂吉", Message(), CancellationToken.None);

        Assert.False(reach.CanReach);
        Assert.Equal(ProactiveReasons.NotLinked, reach.Reason);
        Assert.StartsWith("尚未安装机器人", reach.Reason, StringComparison.Ordinal);
        Assert.Equal(DeliveryState.Unreachable, result.State);
        Assert.Equal(ProactiveReasons.NotLinkedCode, result.ErrorCode);
        Assert.Empty(_connector.Sent);
    }

    [Fact]
    public void Someone_linked_but_never_seen_by_the_bot_has_not_installed_it()
    {
        _people.Link("汪珂吉");

        var reach = _messenger.CheckReachability("汪珂吉");

        Assert.False(reach.CanReach);
        Assert.StartsWith("尚未安装机器人", reach.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_is_unreachable_until_they_write_again()
    {
        _people.Link("宋伟");
        Remember("宋伟", "29:songwei", "a:personal-songwei", "personal");
        _connector.Failures.Enqueue(new ConnectorException(403, "ConversationBlockedByUser", "blocked") { SubCode = "MessageWritesBlocked" });

        var result = await _messenger.SendAsync("宋伟", Message(), CancellationToken.None);
        var afterBlock = _messenger.CheckReachability("宋伟");
        _time.Advance(TimeSpan.FromMinutes(5));
        Remember("宋伟", "29:songwei", "a:personal-songwei", "personal");
        var afterReturn = _messenger.CheckReachability("宋伟");

        Assert.Equal((DeliveryState.Unreachable, "MessageWritesBlocked", "用户已屏蔽或卸载机器人"), (result.State, result.ErrorCode, result.Reason));
        Assert.Equal("用户已屏蔽或卸载机器人", afterBlock.Reason);
        Assert.True(afterReturn.CanReach);
    }

    [Theory]
    [InlineData(404, "ConversationNotFound", false, DeliveryState.Unreachable, "用户或会话不存在")]
    [InlineData(403, "BotNotInConversationRoster", false, DeliveryState.Unreachable, ProactiveReasons.Forbidden)]
    [InlineData(401, "Unauthorized", false, DeliveryState.Failed, ProactiveReasons.Unauthorized)]
    [InlineData(400, "BadSyntax", false, DeliveryState.Failed, ProactiveReasons.BadRequest)]
    [InlineData(413, "MessageSizeTooBig", false, DeliveryState.Failed, ProactiveReasons.TooLarge)]
    [InlineData(429, "TooManyRequests", true, DeliveryState.Failed, ProactiveReasons.Transient)]
    [InlineData(503, "ServiceError", true, DeliveryState.Failed, ProactiveReasons.Transient)]
    [InlineData(0, ErrorCodes.UntrustedServiceUrl, false, DeliveryState.Unreachable, ProactiveReasons.Untrusted)]
    public async Task SendAsync_ConnectorError_EndsWithTeamsCodeAndChineseReason(int status, string code, bool transient, DeliveryState state, string reason)
    {
        _people.Link("宋伟");
        Remember("宋伟", "29:songwei", "a:personal-songwei", "personal");
        _connector.Failures.Enqueue(new ConnectorException(status, code, "failed") { IsTransient = transient });

        var result = await _messenger.SendAsync("宋伟", Message(), CancellationToken.None);

        Assert.Equal((state, code, reason), (result.State, result.ErrorCode, result.Reason));
    }

    private void Remember(string name, string userId, string conversationId, string conversationType) =>
        _references.Add(new ConversationReferenceRecord
        {
            Id = ConversationReferenceRecord.KeyFor(conversationId, userId),
            UserId = userId,
            AadObjectId = FakePeopleDirectory.AadOf(name),
            UserName = name,
            ConversationId = conversationId,
            ConversationType = conversationType,
            ServiceUrl = ServiceUrl,
            ServiceUrlVerified = true,
            TenantId = "tenant-1",
            ChannelId = "msteams",
            BotId = "28:bot",
            UpdatedAt = _time.GetUtcNow(),
        });

    private static Activity Message() => new() { Type = ActivityTypes.Message, Summary = "第16项等2项未完成", Text = "提醒" };
}
