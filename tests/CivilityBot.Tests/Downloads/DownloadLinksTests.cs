using CivilityBot.Downloads;
using CivilityBot.Tests.Storage;
using LiteDB;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Tests.Downloads;

public sealed class DownloadLinksTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2023, 9, 15, 2, 0, 0, TimeSpan.Zero));
    private readonly DownloadLinks _links;

    public DownloadLinksTests() => _links = Links("https://bot.example.gov.cn/civility/");

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Issue_ValidToken_ResolvesToWhatTheLinkOpensUntilItExpires()
    {
        var issued = _links.Issue("ledger", "7", "刘斌");
        var token = TokenOf(issued.XlsxUrl);

        var link = _links.Resolve(token);
        _time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        var lastSecond = _links.Resolve(token);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(("ledger", "7", "刘斌"), (link?.Kind, link?.SubjectId, link?.RequestedBy));
        Assert.Equal(_time.GetUtcNow(), issued.ExpiresAt);
        Assert.NotNull(lastSecond);
        Assert.Null(_links.Resolve(token));
    }

    [Fact]
    public void Issue_UrlsStartWithThePublicBaseUrlAndDifferOnlyInTheExtension()
    {
        var issued = _links.Issue("ledger", null, "刘斌");

        Assert.Matches("^https://bot.example.gov.cn/civility/downloads/[A-Za-z0-9_-]{43}\\.xlsx$", issued.XlsxUrl);
        Assert.Equal(issued.XlsxUrl[..^"xlsx".Length] + "csv", issued.CsvUrl);
    }

    [Fact]
    public void Resolve_TamperedOrMalformedToken_ReturnsNull()
    {
        var token = TokenOf(_links.Issue("ledger", null, "刘斌").XlsxUrl);
        var tampered = (token[0] == 'A' ? 'B' : 'A') + token[1..];

        Assert.Null(_links.Resolve(tampered));
        Assert.Null(_links.Resolve(token[..^1]));
        Assert.Null(_links.Resolve(token + "A"));
        Assert.Null(_links.Resolve(token[..^1] + "/"));
    }

    [Fact]
    public void Issue_StoresOnlyTheHashOfTheToken()
    {
        var token = TokenOf(_links.Issue("reminder-report", "3", "刘斌").XlsxUrl);

        var stored = Assert.Single(_db.Database.Collection<BsonDocument>("download_links").FindAll());

        Assert.DoesNotContain(token, stored.ToString(), StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{64}$", stored["_id"].AsString);
    }

    [Fact]
    public void Share_WithMoreThanHalfItsLifeLeft_HandsOutTheSameLinkAndThenANewOne()
    {
        var first = _links.Share("reminder-report", "1", "刘斌");
        _time.Advance(TimeSpan.FromHours(11));
        var again = _links.Share("reminder-report", "1", "刘斌");
        var other = _links.Share("reminder-report", "2", "刘斌");
        _time.Advance(TimeSpan.FromHours(1));
        var renewed = _links.Share("reminder-report", "1", "刘斌");

        Assert.Equal(first, again);
        Assert.NotEqual(first.XlsxUrl, other.XlsxUrl);
        Assert.NotEqual(first.XlsxUrl, renewed.XlsxUrl);
        Assert.NotNull(_links.Resolve(TokenOf(first.XlsxUrl)));
    }

    [Fact]
    public void Issue_ForgetsExpiredLinks()
    {
        _links.Issue("ledger", null, "刘斌");
        _time.Advance(TimeSpan.FromHours(25));

        _links.Issue("ledger", null, "刘斌");

        Assert.Equal(1, _db.Database.Collection<BsonDocument>("download_links").Count());
    }

    private DownloadLinks Links(string publicBaseUrl) => new(
        new LiteDbDownloadLinkStore(_db.Database), _time, Options.Create(new DownloadOptions { PublicBaseUrl = publicBaseUrl }));

    private static string TokenOf(string url) => Path.GetFileNameWithoutExtension(new Uri(url).AbsolutePath);
}
