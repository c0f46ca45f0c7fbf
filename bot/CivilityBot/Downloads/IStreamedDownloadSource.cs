namespace CivilityBot.Downloads;

/// <summary>
/// A feature's zip behind download links of one <see cref="Kind"/>, written straight into the response while it
/// downloads (constant memory however big). Registered as a singleton <c>IStreamedDownloadSource</c>; the same link
/// token opens the kind's <see cref="IDownloadSource"/> for .xlsx/.csv and this for .zip.
/// </summary>
public interface IStreamedDownloadSource
{
    string Kind { get; }

    /// <summary>The file name without extension.</summary>
    string NameOf(DownloadLink link);

    /// <summary>Writes the archive to <paramref name="output"/>, which is not seekable (the HTTP response).</summary>
    Task WriteAsync(DownloadLink link, Stream output, CancellationToken cancellationToken);
}
