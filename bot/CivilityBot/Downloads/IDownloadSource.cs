namespace CivilityBot.Downloads;

/// <summary>
/// A feature's files behind download links of one <see cref="Kind"/>. A feature registers its source as a singleton
/// <c>IDownloadSource</c>; the download endpoint picks the source by the link's kind and knows nothing else of the feature.
/// </summary>
public interface IDownloadSource
{
    /// <summary>The kind of link this source opens, such as "ledger"; stored with every link it is asked to open.</summary>
    string Kind { get; }

    /// <summary>The file as of now, or null when what the link opens no longer exists.</summary>
    DownloadFile? Open(DownloadLink link, DownloadFormat format);
}
