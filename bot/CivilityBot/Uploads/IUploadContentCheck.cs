namespace CivilityBot.Uploads;

/// <summary>
/// A purpose that looks at the bytes, not only the name: the intake asks it once a file is received whole, before any
/// file of the upload is handed to <see cref="IUploadPurpose.ReceiveAsync"/>, so a refused file keeps the others out too.
/// </summary>
public interface IUploadContentCheck
{
    /// <summary>
    /// Null when the content may be what <paramref name="fileName"/> says; otherwise the Chinese refusal.
    /// <paramref name="head"/> is the first bytes (up to 64); <paramref name="openRead"/> reads the whole file from the start.
    /// </summary>
    string? Refusal(string fileName, ReadOnlySpan<byte> head, Func<Stream> openRead);
}
