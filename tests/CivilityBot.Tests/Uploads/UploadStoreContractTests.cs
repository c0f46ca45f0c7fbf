using CivilityBot.Uploads;

namespace CivilityBot.Tests.Uploads;

/// <summary>
/// The contracts of the Uploads ports (<see cref="IUploadLinkStore"/>, <see cref="IPendingUploadStore"/>). Another
/// storage technology runs them by deriving and creating its own stores.
/// </summary>
public abstract class UploadStoreContractTests
{
    private static readonly DateTimeOffset Now = new(2023, 9, 15, 2, 0, 0, TimeSpan.Zero);

    protected abstract IUploadLinkStore CreateLinkStore();

    protected abstract IPendingUploadStore CreatePendingStore();

    /// <summary>The same storage opened again (a restart).</summary>
    protected abstract IUploadLinkStore ReopenLinkStore();

    [Fact]
    public void SigningKey_Is32BytesAndTheSameAfterARestart()
    {
        var key = CreateLinkStore().SigningKey();

        Assert.Equal(32, key.Length);
        Assert.Equal(key, ReopenLinkStore().SigningKey());
    }

    [Fact]
    public void Claim_TheFirstBrowserWinsAndLaterClaimsGetTheFirst()
    {
        var store = CreateLinkStore();
        var first = new UploadLinkClaim { Id = "link", BrowserHash = "a", ClaimedAt = Now, ExpiresAt = Now.AddHours(1) };

        Assert.Equal(first, store.Claim(first));
        Assert.Equal(first, store.Claim(first with { BrowserHash = "b" }));
    }

    [Fact]
    public void DeleteExpired_ForgetsOnlyClaimsExpiredByThen()
    {
        var store = CreateLinkStore();
        store.Claim(new UploadLinkClaim { Id = "old", BrowserHash = "a", ExpiresAt = Now });
        store.Claim(new UploadLinkClaim { Id = "new", BrowserHash = "a", ExpiresAt = Now.AddHours(1) });

        Assert.Equal(1, store.DeleteExpired(Now));
        Assert.Equal("b", store.Claim(new UploadLinkClaim { Id = "old", BrowserHash = "b", ExpiresAt = Now.AddHours(1) }).BrowserHash);
        Assert.Equal("a", store.Claim(new UploadLinkClaim { Id = "new", BrowserHash = "b", ExpiresAt = Now.AddHours(1) }).BrowserHash);
    }

    [Fact]
    public void Pending_TheLatestWinsUntilItExpiresAndClearForgetsIt()
    {
        var store = CreatePendingStore();
        store.Set(new PendingUpload { Id = "汪珂吉", PurposeKey = "evidence", Target = "16.1", SetAt = Now, ExpiresAt = Now.AddMinutes(30) });
        store.Set(new PendingUpload { Id = "汪珂吉", PurposeKey = "evidence", Target = "16.2", SetAt = Now, ExpiresAt = Now.AddMinutes(30) });
        store.Set(new PendingUpload { Id = "刘斌", PurposeKey = "roster", SetAt = Now, ExpiresAt = Now.AddMinutes(30) });

        Assert.Equal("16.2", store.Find("汪珂吉", Now)!.Target);
        Assert.Null(store.Find("汪珂吉", Now.AddMinutes(30)));
        Assert.Null(store.Find("汪珂吉", Now));
        Assert.True(store.Clear("刘斌"));
        Assert.False(store.Clear("刘斌"));
        Assert.Null(store.Find("刘斌", Now));
    }
}
