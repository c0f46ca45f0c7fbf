namespace CivilityBot.Uploads;

/// <summary>The pending chat upload of each person (at most one).</summary>
public interface IPendingUploadStore
{
    /// <summary>Inserts or replaces the person's pending upload.</summary>
    void Set(PendingUpload pending);

    /// <summary>The person's pending upload if it expires after <paramref name="now"/>; null otherwise (an expired one is forgotten).</summary>
    PendingUpload? Find(string personName, DateTimeOffset now);

    /// <summary>Forgets the person's pending upload; false when there was none.</summary>
    bool Clear(string personName);
}
