using CivilityBot.Conversations;
using CivilityBot.Knowledge;
using CivilityBot.People;
using CivilityBot.Tests.Knowledge;
using CivilityBot.Tests.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Tests.People;

public sealed class RosterUpnResolverTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly LiteDbPeopleStore _store;
    private readonly Campaign _campaign = CampaignWithUpns(("汪珂吉", "wangkj@yueyang.example"), ("石勇", "shiy@yueyang.example"));
    private readonly PeopleDirectory _people;
    private readonly FakeUserDirectory _users = new();
    private readonly LiteDbDirectoryRecordStore _records;
    private readonly LiteDbRosterStore _roster;
    private readonly RecordingLogger _logger = new();

    public RosterUpnResolverTests()
    {
        _store = new LiteDbPeopleStore(_db.Database);
        _records = new LiteDbDirectoryRecordStore(_db.Database);
        _roster = new LiteDbRosterStore(_db.Database);
        var options = Options.Create(new PeopleOptions { AutoLinkByName = false });
        var time = new FakeTimeProvider();
        var roles = new CoordinatorRoles(_store, _campaign, options, time);
        _people = new PeopleDirectory(_store, _campaign, roles, options, time, NullLogger<PeopleDirectory>.Instance);
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_upn_in_the_roster_links_the_person_so_strict_mode_recognises_their_first_message()
    {
        _users.ObjectIds["wangkj@yueyang.example"] = "aad-wang";

        await Resolver().ResolveAsync(CancellationToken.None);

        Assert.Equal(PersonLinkOrigins.Data, _people.FindLink("汪珂吉")!.LinkedBy);
        Assert.Equal("汪珂吉", _people.ResolvePerson(Sender("29:wang", "aad-wang")));
        Assert.Contains(_store.Audit(), entry => entry.Action == PeopleAuditActions.DataLink && entry.Detail == "aad-wang");
    }

    [Fact]
    public async Task An_imported_staff_list_gives_the_addresses_looked_up_and_its_people_the_plan_does_not_name_are_linked_too()
    {
        var draft = new RosterImportDraft
        {
            Id = "d1", FileName = "名单.xlsx", CreatedBy = "刘斌",
            Entries = [new RosterEntry { Id = "汪珂吉", Department = "团委", Address = "wang.new@yueyang.example" }, new RosterEntry { Id = "新同事", Department = "办公室", Address = "xin@yueyang.example" }],
            Added = ["汪珂吉：邮箱 wang.new@yueyang.example", "新同事：邮箱 xin@yueyang.example"],
        };
        _roster.SaveDraft(draft);
        Assert.Equal(RosterApplyOutcome.Applied, _roster.Apply("d1", "刘斌", DateTimeOffset.UnixEpoch));
        _users.ObjectIds["wang.new@yueyang.example"] = "aad-wang";
        _users.ObjectIds["xin@yueyang.example"] = "aad-xin";

        await Resolver().ResolveAsync(CancellationToken.None);

        Assert.Contains("wang.new@yueyang.example", _users.Asked);
        Assert.DoesNotContain("wangkj@yueyang.example", _users.Asked);
        Assert.Contains("shiy@yueyang.example", _users.Asked);
        Assert.Equal("aad-wang", _people.FindLink("汪珂吉")!.AadObjectId);
        Assert.Equal("aad-xin", _people.FindLink("新同事")!.AadObjectId);
        Assert.Equal(DirectoryStatus.Found, _records.Find("新同事")!.Status);
    }

    [Fact]
    public async Task A_failed_lookup_is_logged_and_skipped_and_the_others_are_still_linked()
    {
        _users.Failing.Add("wangkj@yueyang.example");
        _users.ObjectIds["shiy@yueyang.example"] = "aad-shi";

        var linked = await Resolver().ResolveAsync(CancellationToken.None);

        Assert.Equal(1, linked);
        Assert.Null(_people.FindLink("汪珂吉"));
        Assert.Equal("石勇", _people.ResolvePerson(Sender("29:shi", "aad-shi")));
        Assert.Contains(_logger.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("汪珂吉", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_person_already_linked_by_a_coordinator_to_another_account_is_not_relinked_but_reported()
    {
        _people.Link("汪珂吉", new TeamsIdentity("aad-chosen", null, null), "郭立芳", null);
        _users.ObjectIds["wangkj@yueyang.example"] = "aad-wang";

        await Resolver().ResolveAsync(CancellationToken.None);

        Assert.Equal("aad-chosen", _people.FindLink("汪珂吉")!.AadObjectId);
        var record = _records.Find("汪珂吉")!;
        Assert.Equal(DirectoryStatus.Conflict, record.Status);
        Assert.Contains("请协调员核对", record.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_upn_leaves_the_person_unlinked_and_records_why_by_name()
    {
        await Resolver().ResolveAsync(CancellationToken.None);

        Assert.Null(_people.FindLink("汪珂吉"));
        Assert.Contains("wangkj@yueyang.example", _users.Asked);
        var record = _records.Find("汪珂吉")!;
        Assert.Equal(DirectoryStatus.NotFound, record.Status);
        Assert.Equal("通讯录中找不到（wangkj@yueyang.example）", record.Reason);
        Assert.Equal(DirectoryStatus.NoAddress, _records.Find("徐平")!.Status);
    }

    [Fact]
    public async Task An_address_shared_by_two_accounts_links_nobody_and_says_so()
    {
        _users.Ambiguous.Add("wangkj@yueyang.example");

        await Resolver().ResolveAsync(CancellationToken.None);

        Assert.Null(_people.FindLink("汪珂吉"));
        Assert.Equal("通讯录中有 2 个账号使用 wangkj@yueyang.example，无法确定是哪一个", _records.Find("汪珂吉")!.Reason);
    }

    [Fact]
    public async Task The_next_sync_notices_a_new_department_a_new_name_and_someone_who_left()
    {
        _users.ObjectIds["wangkj@yueyang.example"] = "aad-wang";
        _users.ObjectIds["shiy@yueyang.example"] = "aad-shi";
        await Resolver().ResolveAsync(CancellationToken.None);

        _users.Departments["wangkj@yueyang.example"] = "城建科";
        _users.ObjectIds.Remove("shiy@yueyang.example");
        await Resolver().ResolveAsync(CancellationToken.None);

        var moved = _records.Find("汪珂吉")!;
        Assert.Equal(DirectoryStatus.Found, moved.Status);
        Assert.Equal("城建科", moved.Department);
        Assert.Equal("科室由“办公室”改为“城建科”", moved.Change);
        var left = _records.Find("石勇")!;
        Assert.Equal(DirectoryStatus.NotFound, left.Status);
        Assert.Equal("通讯录中已没有此人（shiy@yueyang.example），可能已离职或更换了邮箱", left.Reason);
    }

    [Fact]
    public async Task The_sync_service_looks_everyone_up_at_start_and_again_each_interval()
    {
        var time = new FakeTimeProvider();
        using var service = new DirectorySyncService(
            Resolver(), Options.Create(new GraphOptions { SyncInterval = TimeSpan.FromHours(6) }), time, NullLogger<DirectorySyncService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await UntilAsync(() => _users.Asked.Count >= 2);
        _users.ObjectIds["wangkj@yueyang.example"] = "aad-wang";
        time.Advance(TimeSpan.FromHours(6));
        await UntilAsync(() => _users.Asked.Count >= 4);
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(4, _users.Asked.Count);
        Assert.Equal(DirectoryStatus.Found, _records.Find("汪珂吉")!.Status);
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    private RosterUpnResolver Resolver() => new(_campaign, _roster, _people, _users, _records, TimeProvider.System, _logger);

    private static Campaign CampaignWithUpns(params (string Person, string Upn)[] upns)
    {
        var json = SeedCampaign.Json();
        foreach (var (person, upn) in upns)
        {
            json["roster"]!.AsArray().Single(p => (string?)p!["name"] == person)!["upn"] = upn;
        }

        return CampaignLoader.Parse(json.ToJsonString());
    }

    private static ConversationReferenceRecord Sender(string userId, string aadObjectId) => new()
    {
        Id = ConversationReferenceRecord.KeyFor("a:1", userId),
        UserId = userId,
        AadObjectId = aadObjectId,
        UserName = "someone",
        ConversationId = "a:1",
        ServiceUrl = "http://127.0.0.1:1/",
    };

    private sealed class FakeUserDirectory : IUserDirectory
    {
        public Dictionary<string, string> ObjectIds { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, string> Departments { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<string> Failing { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<string> Ambiguous { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<string> Asked { get; } = [];

        public Task<DirectoryLookup> LookupAsync(string upnOrMail, CancellationToken ct)
        {
            Asked.Add(upnOrMail);
            if (Failing.Contains(upnOrMail))
            {
                return Task.FromException<DirectoryLookup>(new HttpRequestException("directory unavailable"));
            }

            return Task.FromResult(Ambiguous.Contains(upnOrMail) ? DirectoryLookup.Ambiguous(2)
                : ObjectIds.TryGetValue(upnOrMail, out var id)
                    ? DirectoryLookup.Found(new DirectoryUser(id, upnOrMail, Departments.GetValueOrDefault(upnOrMail, "办公室")))
                    : DirectoryLookup.NotFound);
        }
    }

    private sealed class RecordingLogger : ILogger<RosterUpnResolver>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
