namespace CivilityBot.Downloads;

/// <summary>The addresses of one issued link, one per format, and when they stop working.</summary>
public sealed record IssuedDownload(string XlsxUrl, string CsvUrl, DateTimeOffset ExpiresAt)
{
    /// <summary>The same link as a zip, opened by the <see cref="IStreamedDownloadSource"/> of its kind if there is one.</summary>
    public string? ZipUrl { get; init; }
}
