namespace CivilityBot.Uploads;

/// <summary>Copies incoming content into a temporary file, stopping one byte past a size limit; never holds it whole in memory.</summary>
public static class UploadStaging
{
    /// <summary>How many leading bytes are kept for sniffing.</summary>
    public const int HeadLength = 64;

    private const int BufferSize = 81920;

    /// <summary>
    /// The staged content (<see cref="StagedUpload.TooLarge"/> when more than <paramref name="maxBytes"/> came). Throws
    /// what <paramref name="content"/> throws when it is cut off; nothing is left behind then.
    /// </summary>
    public static async Task<StagedUpload> StageAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), "civilitybot-upload-" + Guid.NewGuid().ToString("N"));
        try
        {
            return await CopyAsync(content, maxBytes, path, cancellationToken);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static async Task<StagedUpload> CopyAsync(Stream content, long maxBytes, string path, CancellationToken cancellationToken)
    {
        var head = new MemoryStream(HeadLength);
        long size = 0;
        var buffer = new byte[BufferSize];
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0, FileOptions.Asynchronous))
        {
            int read;
            while (size <= maxBytes && (read = await content.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, maxBytes + 1 - size)), cancellationToken)) > 0)
            {
                if (head.Length < HeadLength)
                {
                    head.Write(buffer, 0, (int)Math.Min(read, HeadLength - head.Length));
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                size += read;
            }
        }

        return new StagedUpload(path, size, head.ToArray(), size > maxBytes);
    }
}
