using CivilityBot.Evidence;

namespace CivilityBot.Tests.Evidence;

/// <summary>What every <see cref="IEvidenceLinkStore"/> must do; each storage technology runs it in a subclass.</summary>
public abstract class EvidenceLinkStoreContractTests
{
    private static readonly DateTimeOffset T0 = new(2023, 9, 15, 2, 0, 0, TimeSpan.Zero);

    protected abstract IEvidenceLinkStore Store { get; }

    /// <summary>Another store object over the same data (a second instance, or the next process).</summary>
    protected abstract IEvidenceLinkStore OtherInstance();

    [Fact]
    public void SigningKey_Is32BytesAndTheSameForEveryInstance()
    {
        var key = Store.SigningKey();

        Assert.Equal(32, key.Length);
        Assert.Equal(key, OtherInstance().SigningKey());
    }

    [Fact]
    public void Claim_TheFirstBrowserKeepsTheLink()
    {
        var first = Claim("link-1", "browser-a");

        Assert.Equal(first, Store.Claim(first));
        Assert.Equal(first, OtherInstance().Claim(Claim("link-1", "browser-b")));
    }

    [Fact]
    public void DeleteExpired_ForgetsClaimsOfExpiredLinks()
    {
        Store.Claim(Claim("old", "browser-a", T0));
        Store.Claim(Claim("new", "browser-a", T0.AddSeconds(1)));

        Assert.Equal(1, Store.DeleteExpired(T0));
        Assert.Equal("browser-b", Store.Claim(Claim("old", "browser-b")).BrowserHash);
        Assert.Equal("browser-a", Store.Claim(Claim("new", "browser-b")).BrowserHash);
    }

    private static EvidenceLinkClaim Claim(string id, string browser, DateTimeOffset? expires = null) =>
        new() { Id = id, BrowserHash = browser, ClaimedAt = T0, ExpiresAt = expires ?? T0.AddDays(1) };
}
