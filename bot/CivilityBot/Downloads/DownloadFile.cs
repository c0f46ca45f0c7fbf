namespace CivilityBot.Downloads;

/// <summary>A file a link opens: its name without the extension (the format adds it) and its bytes.</summary>
public sealed record DownloadFile(string Name, byte[] Content);
