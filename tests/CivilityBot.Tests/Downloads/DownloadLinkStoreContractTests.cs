using CivilityBot.Downloads;

namespace CivilityBot.Tests.Downloads;

/// <summary>What every <see cref="IDownloadLinkStore"/> must do; each storage technology runs it in a subclass.</summary>
public abstract class DownloadLinkStoreContractTests
{
    private static readonly DateTimeOffset T0 = new(2023, 9, 15, 2, 0, 0, TimeSpan.Zero);

    protected abstract IDownloadLinkStore Store { get; }

    [Fact]
    public void Insert_ThenFind_ReturnsTheLinkFieldForField()
    {
        var link = Link("hash-1", T0.AddHours(24));
        Store.Insert(link);

        Assert.Equal(link, Store.Find("hash-1"));
        Assert.Null(Store.Find("hash-2"));
    }

    [Fact]
    public void DeleteExpired_ForgetsLinksExpiredAtOrBeforeNow()
    {
        Store.Insert(Link("expired", T0));
        Store.Insert(Link("valid", T0.AddSeconds(1)));

        Assert.Equal(1, Store.DeleteExpired(T0));
        Assert.Null(Store.Find("expired"));
        Assert.NotNull(Store.Find("valid"));
    }

    private static DownloadLink Link(string id, DateTimeOffset expires) =>
        new() { Id = id, Kind = "ledger", SubjectId = "7", RequestedBy = "刘斌", CreatedAt = T0, ExpiresAt = expires };
}
