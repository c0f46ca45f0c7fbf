namespace CivilityBot.Evidence;

/// <summary>
/// Content received into a temporary file, hashed on the way, not yet part of any sub-criterion. Disposing it deletes the
/// temporary file unless <see cref="IEvidenceStore.Add"/> took it over.
/// </summary>
public sealed class StagedEvidence(string tempPath, string sha256, long size, byte[] head, bool tooLarge) : IDisposable
{
    internal string TempPath { get; } = tempPath;

    /// <summary>SHA-256 of the content, lower-case hex (of what was read, when <see cref="TooLarge"/>).</summary>
    public string Sha256 { get; } = sha256;

    /// <summary>Bytes received; when <see cref="TooLarge"/>, the limit plus one (reading stopped there).</summary>
    public long Size { get; } = size;

    /// <summary>The first bytes (up to <see cref="EvidenceTypeSniffer.HeadLength"/>) for type sniffing.</summary>
    public ReadOnlyMemory<byte> Head { get; } = head;

    /// <summary>True when the content went past the size limit; nothing past the limit was kept.</summary>
    public bool TooLarge { get; } = tooLarge;

    /// <summary>Reads the staged content from the start.</summary>
    public Stream OpenRead() => new FileStream(TempPath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan);

    public void Dispose()
    {
        if (File.Exists(TempPath))
        {
            File.Delete(TempPath);
        }
    }
}
