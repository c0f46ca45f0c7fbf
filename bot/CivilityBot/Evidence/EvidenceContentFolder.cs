using System.Security.Cryptography;

namespace CivilityBot.Evidence;

/// <summary>
/// Evidence bytes as plain files named by their SHA-256 (<c>{root}/ab/abcdef…</c>), for both evidence stores (records in
/// LiteDB or PostgreSQL), so a folder moves between them unchanged. A file is written to <c>{root}/tmp</c> first and
/// moved into place only when complete, so a half-written file is never visible under a hash. Several instances share
/// it when <c>root</c> is a shared folder.
/// </summary>
public sealed class EvidenceContentFolder
{
    private const int BufferSize = 81920;
    private readonly string _root;

    /// <summary>Keeps files under <paramref name="root"/> (created if missing).</summary>
    public EvidenceContentFolder(string root)
    {
        _root = root;
        Directory.CreateDirectory(TempFolder);
    }

    private string TempFolder => Path.Combine(_root, "tmp");

    /// <inheritdoc cref="IEvidenceStore.StageAsync"/>
    public async Task<StagedEvidence> StageAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var tempPath = Path.Combine(TempFolder, Guid.NewGuid().ToString("N"));
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var head = new MemoryStream(EvidenceTypeSniffer.HeadLength);
            var buffer = new byte[BufferSize];
            long size = 0;
            await using (var output = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                int read;
                while (size <= maxBytes && (read = await content.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, maxBytes + 1 - size)), cancellationToken)) > 0)
                {
                    head.Write(buffer, 0, (int)Math.Max(0, Math.Min(read, EvidenceTypeSniffer.HeadLength - head.Length)));
                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    size += read;
                }
            }

            return new StagedEvidence(tempPath, Convert.ToHexStringLower(hash.GetHashAndReset()), size, head.ToArray(), size > maxBytes);
        }
        catch
        {
            File.Delete(tempPath);
            throw;
        }
    }

    /// <summary>Moves the staged file under its hash, or drops it when that content is already stored.</summary>
    public void Keep(StagedEvidence staged)
    {
        var target = PathOf(staged.Sha256);
        if (File.Exists(target))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(staged.TempPath, target);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another upload of the same content won the race; its copy is identical.
        }
    }

    /// <inheritdoc cref="IEvidenceStore.OpenContent"/>
    public Stream Open(string sha256)
    {
        var path = PathOf(sha256);
        // No FileStream buffer: readers copy in large chunks of their own, and a binder opens a thousand files.
        return File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan | FileOptions.Asynchronous)
            : throw new FileNotFoundException("No stored content with this SHA-256.", sha256);
    }

    /// <summary>How many distinct contents are stored.</summary>
    public int Count() =>
        Directory.EnumerateDirectories(_root).Where(folder => Path.GetFileName(folder) != "tmp").Sum(folder => Directory.EnumerateFiles(folder).Count());

    private string PathOf(string sha256) =>
        sha256.Length == 64 && sha256.All(char.IsAsciiHexDigitLower)
            ? Path.Combine(_root, sha256[..2], sha256)
            : throw new FileNotFoundException("Not a stored SHA-256.", sha256);
}
