namespace CivilityBot.Downloads;

/// <summary>Where issued links are kept, by the hash of their token.</summary>
public interface IDownloadLinkStore
{
    void Insert(DownloadLink link);

    DownloadLink? Find(string id);

    /// <summary>Forgets links that expired at or before <paramref name="now"/>; returns how many.</summary>
    int DeleteExpired(DateTimeOffset now);
}
