namespace CivilityBot.Uploads;

/// <summary>
/// A received file held in a temporary file while it is checked. Disposing it deletes the file.
/// </summary>
public sealed class StagedUpload(string tempPath, long size, byte[] head, bool tooLarge) : IDisposable
{
    /// <summary>Bytes received; when <see cref="TooLarge"/>, the limit plus one (reading stopped there).</summary>
    public long Size { get; } = size;

    /// <summary>The first bytes (up to <see cref="UploadStaging.HeadLength"/>), for purposes that sniff the type.</summary>
    public ReadOnlyMemory<byte> Head { get; } = head;

    /// <summary>True when the content went past the size limit; nothing past the limit was kept.</summary>
    public bool TooLarge { get; } = tooLarge;

    /// <summary>Reads the content from the start.</summary>
    public Stream OpenRead() => new FileStream(tempPath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan);

    public void Dispose()
    {
        if (File.Exists(tempPath))
        {
            File.Delete(tempPath);
        }
    }
}
