using CivilityBot.Conversations;
using CivilityBot.Knowledge;
using CivilityBot.People;
using CivilityBot.Tests.Knowledge;
using CivilityBot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Tests.People;

public sealed class PeopleDirectoryTests : IDisposable
{
    private const string DataAadId = "aaaaaaaa-0000-4000-8000-000000000016";
    private readonly TempDatabase _db = new();
    private readonly LiteDbPeopleStore _store;

    public PeopleDirectoryTests() => _store = new LiteDbPeopleStore(_db.Database);

    public void Dispose() => _db.Dispose();

    [Fact]
    public void ResolvePerson_StrictModeAndTheAadIdIsInTheData_LinksFromTheData()
    {
        var directory = Directory(CampaignNaming("汪珂吉", DataAadId), autoLink: false);

        var name = directory.ResolvePerson(Sender("29:any", DataAadId, "Keji Wang"));

        Assert.Equal("汪珂吉", name);
        Assert.Equal(PersonLinkOrigins.Data, directory.FindLink("汪珂吉")!.LinkedBy);
    }

    [Fact]
    public void ResolvePerson_StrictModeAndOnlyTheDisplayNameMatches_DoesNotLink()
    {
        var directory = Directory(SeedCampaign.Campaign, autoLink: false);

        Assert.Null(directory.ResolvePerson(Sender("29:a", "aad-a", "汪珂吉")));
        Assert.Null(directory.FindLink("汪珂吉"));
    }

    [Fact]
    public void ResolvePerson_ADisplayNameWithThePlansPaddingSpace_StillMatchesTheRosterName()
    {
        var directory = Directory(SeedCampaign.Campaign, autoLink: true);

        Assert.Equal("宋伟", directory.ResolvePerson(Sender("29:a", "aad-a", "宋 伟")));
    }

    [Fact]
    public void ResolvePerson_SomeoneLinkedByTeamsUserIdOnly_GetsTheirAadIdAddedWhenTheyWrite()
    {
        var directory = Directory(SeedCampaign.Campaign, autoLink: false);
        directory.Link("石勇", new TeamsIdentity(null, "29:shi", "tenant-1"), "郭立芳", null);

        var name = directory.ResolvePerson(Sender("29:shi", "aad-shi", "Shi Yong"));

        Assert.Equal("石勇", name);
        Assert.Equal("aad-shi", directory.FindLink("石勇")!.AadObjectId);
        Assert.Contains(_store.Audit(), entry => entry.Action == PeopleAuditActions.LinkCompleted && entry.Detail == "aad-shi");
    }

    [Fact]
    public void Links_SurviveANewDirectoryOverTheSameStore()
    {
        Directory(SeedCampaign.Campaign, autoLink: true).ResolvePerson(Sender("29:s", "aad-s", "宋伟"));

        var reopened = Directory(SeedCampaign.Campaign, autoLink: true);

        Assert.Equal("宋伟", reopened.ResolvePerson(Sender("29:s", "aad-s", "someone else now")));
    }

    private PeopleDirectory Directory(Campaign campaign, bool autoLink)
    {
        var options = Options.Create(new PeopleOptions { AutoLinkByName = autoLink });
        var time = new FakeTimeProvider();
        var roles = new CoordinatorRoles(_store, campaign, options, time);
        return new PeopleDirectory(_store, campaign, roles, options, time, NullLogger<PeopleDirectory>.Instance);
    }

    private static Campaign CampaignNaming(string person, string aadObjectId)
    {
        var json = SeedCampaign.Json();
        var entry = json["roster"]!.AsArray().Single(p => (string?)p!["name"] == person)!;
        entry["aadObjectId"] = aadObjectId;
        return CampaignLoader.Parse(json.ToJsonString());
    }

    private static ConversationReferenceRecord Sender(string userId, string aadObjectId, string name) => new()
    {
        Id = ConversationReferenceRecord.KeyFor("a:1", userId),
        UserId = userId,
        AadObjectId = aadObjectId,
        UserName = name,
        ConversationId = "a:1",
        ServiceUrl = "http://127.0.0.1:1/",
    };
}
