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
    private readonly RecordingLogger _logger = new();

    public RosterUpnResolverTests()
    {
        _store = new LiteDbPeopleStore(_db.Database);
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
    public async Task A_person_already_linked_by_a_coordinator_is_not_looked_up_or_relinked()
    {
        _people.Link("汪珂吉", new TeamsIdentity("aad-chosen", null, null), "郭立芳", null);
        _users.ObjectIds["wangkj@yueyang.example"] = "aad-wang";

        await Resolver().ResolveAsync(CancellationToken.None);

        Assert.Equal("aad-chosen", _people.FindLink("汪珂吉")!.AadObjectId);
        Assert.DoesNotContain("wangkj@yueyang.example", _users.Asked);
    }

    [Fact]
    public async Task An_unknown_upn_leaves_the_person_unlinked()
    {
        await Resolver().ResolveAsync(CancellationToken.None);

        Assert.Null(_people.FindLink("汪珂吉"));
        Assert.Contains("wangkj@yueyang.example", _users.Asked);
    }

    private RosterUpnResolver Resolver() => new(_campaign, _people, _users, _logger);

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

        public HashSet<string> Failing { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<string> Asked { get; } = [];

        public Task<string?> FindObjectIdByUpnAsync(string upn, CancellationToken ct)
        {
            Asked.Add(upn);
            return Failing.Contains(upn)
                ? Task.FromException<string?>(new HttpRequestException("directory unavailable"))
                : Task.FromResult(ObjectIds.GetValueOrDefault(upn));
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
