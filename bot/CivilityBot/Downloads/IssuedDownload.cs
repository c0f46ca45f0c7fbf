namespace CivilityBot.Downloads;

/// <summary>The addresses of one issued link, one per format, and when they stop working.</summary>
public sealed record IssuedDownload(string XlsxUrl, string CsvUrl, DateTimeOffset ExpiresAt);
