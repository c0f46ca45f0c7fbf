namespace CivilityBot.Uploads;

/// <summary>A received file: its name as the person gave it (no path), its length in bytes and its content, read once.</summary>
public sealed record UploadedFile(string FileName, long Length, Stream Content);
