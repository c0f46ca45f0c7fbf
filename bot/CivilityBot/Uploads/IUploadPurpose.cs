namespace CivilityBot.Uploads;

/// <summary>
/// One kind of file the bot takes from a person: a staff list (人员名单), a task breakdown table (任务分解表), evidence.
/// A feature registers its purpose; the Uploads feature brings the file in, through a signed upload page (every cloud)
/// or as a file sent in personal chat (where Teams lets bots receive files), checks name, extension and size against
/// the purpose, and hands the bytes over. The purpose decides what the file means and what the person is told.
/// </summary>
public interface IUploadPurpose
{
    /// <summary>Stable key carried in upload links and pending uploads: lower-case ASCII, at most 32 characters ("roster", "task-table").</summary>
    string Key { get; }

    /// <summary>What pages and replies call the file, in Chinese ("人员名单").</summary>
    string Title { get; }

    /// <summary>Accepted file name extensions, lower case with the dot (".xlsx", ".csv").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>The largest accepted file, in bytes; a bigger one is refused before it is read.</summary>
    long MaxBytes { get; }

    /// <summary>Null when <paramref name="request"/>'s person may upload for this purpose and target; otherwise the Chinese refusal shown to them.</summary>
    string? Refusal(UploadRequest request);

    /// <summary>
    /// Takes one received file whose extension and size the caller has checked. Reads <see cref="UploadedFile.Content"/>
    /// once, forward only; must not keep the stream. Changes nothing the person has not confirmed: a purpose that
    /// changes shared data returns a preview card whose button applies it.
    /// </summary>
    Task<UploadReceipt> ReceiveAsync(UploadRequest request, UploadedFile file, CancellationToken cancellationToken);
}
