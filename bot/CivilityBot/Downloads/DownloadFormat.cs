namespace CivilityBot.Downloads;

/// <summary>The file types a download link serves; the extension of the link's address chooses one.</summary>
public enum DownloadFormat
{
    Xlsx,
    Csv,

    /// <summary>A zip archive written while it downloads (see <see cref="IStreamedDownloadSource"/>).</summary>
    Zip,
}
