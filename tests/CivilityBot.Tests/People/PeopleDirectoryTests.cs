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
    public void ResolvePerson_ADisplayNameWithASpaceOrAnInvisibleCharacter_LinksNobody()
    {
        var directory = Directory(SeedCampaign.Campaign, autoLink: true);

        Assert.Null(directory.ResolvePerson(Sender("29:a", "aad-a", "宋 伟")));
        Assert.Null(directory.ResolvePerson(Sender("29:b", "aad-b", "宋伟\u200b")));
        Assert.Null(directory.FindLink("宋伟"));
    }

    [Fact]
    public void Identify_ACoordinatorLinkedByDisplayNameOnly_IsOnTheRosterButNotACoordinator()
    {
        var directory = Directory(SeedCampaign.Campaign, autoLink: true);

        var sender = directory.Resolve(Sender("29:l", "aad-impostor", "刘斌"));

        Assert.Equal("刘斌", sender.PersonName);
        Assert.False(sender.IsCoordinator);
        Assert.True(sender.RoleAwaitsVerifiedLink);
    }

    [Fact]
    public void LinkOnFirstContact_TheDataNamesTheRealAccount_ReplacesADisplayNameLinkAndCarriesTheRole()
    {
        const string realAad = "aaaaaaaa-0000-4000-8000-00000000000b";
        var directory = Directory(CampaignNaming("刘斌", realAad), autoLink: true);
        directory.Resolve(Sender("29:fake", "aad-impostor", "刘斌"));

        var real = directory.Resolve(Sender("29:real", realAad, "Liu Bin"));
        var impostor = directory.Resolve(Sender("29:fake", "aad-impostor", "刘斌"));

        Assert.True(real.IsCoordinator);
        Assert.Equal("刘斌", real.PersonName);
        Assert.Null(impostor.PersonName);
    }

    [Fact]
    public void LinkOnFirstContact_TheBootstrapAccountWritesUnderItsRosterName_IsLinkedVerifiedAndGrantedTheRole()
    {
        var directory = Directory(SeedCampaign.Campaign, autoLink: false, bootstrap: "aad-first");

        var sender = directory.Resolve(Sender("29:first", "aad-first", "汪珂吉"));

        Assert.True(sender.IsCoordinator);
        Assert.Equal(PersonLinkOrigins.Bootstrap, directory.FindLink("汪珂吉")!.LinkedBy);
    }

    [Fact]
    public void Identify_NeverWritesALink()
    {
        var directory = Directory(SeedCampaign.Campaign, autoLink: true);
        var before = _store.Audit().Count;

        var sender = directory.Identify(new TeamsIdentity("aad-s", "29:s", null), "宋伟");

        Assert.Null(sender.PersonName);
        Assert.Equal(before, _store.Audit().Count);
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

    private PeopleDirectory Directory(Campaign campaign, bool autoLink, string? bootstrap = null)
    {
        var options = Options.Create(new PeopleOptions { AutoLinkByName = autoLink, BootstrapCoordinators = bootstrap is null ? [] : [bootstrap] });
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
