using System.Security.Cryptography;
using CivilityBot.Storage;
using LiteDB;

namespace CivilityBot.Evidence;

/// <summary>
/// Records and audit in LiteDB; the bytes as plain files beside the database, named by their SHA-256
/// (<c>{root}/ab/abcdef…</c>). Plain files rather than LiteDB FileStorage because a 500 MB recording would otherwise
/// pass through LiteDB's single write lock and log file (written twice, holding up every checklist save meanwhile),
/// would grow the database file that every start-up opens, and could not be streamed into a binder at copy speed.
/// A file is written to <c>{root}/tmp</c> first and moved into place only when complete, so a half-written file is never
/// visible under a hash.
/// </summary>
public sealed class LiteDbEvidenceStore : IEvidenceStore
{
    private const int BufferSize = 81920;
    private readonly BotDatabase _database;
    private readonly ILiteCollection<EvidenceFile> _files;
    private readonly ILiteCollection<EvidenceAuditEntry> _audit;
    private readonly string _root;
    private readonly Lock _writeLock = new();

    /// <summary>Keeps files under <paramref name="root"/> (created if missing).</summary>
    public LiteDbEvidenceStore(BotDatabase database, string root)
    {
        _database = database;
        _root = root;
        _files = database.Collection<EvidenceFile>("evidence_files");
        _files.EnsureIndex(file => file.SubCriterionId);
        _audit = database.Collection<EvidenceAuditEntry>("evidence_audit");
        _audit.EnsureIndex(entry => entry.SubCriterionId);
        Directory.CreateDirectory(TempFolder);
    }

    private string TempFolder => Path.Combine(_root, "tmp");

    public async Task<StagedEvidence> StageAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var tempPath = Path.Combine(TempFolder, Guid.NewGuid().ToString("N"));
        try
        {
            return await CopyAsync(content, maxBytes, tempPath, cancellationToken);
        }
        catch
        {
            File.Delete(tempPath);
            throw;
        }
    }

    public EvidenceFile Add(StagedEvidence staged, EvidenceFileInfo info)
    {
        if (staged.TooLarge)
        {
            throw new InvalidOperationException("A file over the size limit cannot be added.");
        }

        var file = new EvidenceFile
        {
            Id = Guid.NewGuid().ToString("N"),
            SubCriterionId = info.SubCriterionId,
            Sha256 = staged.Sha256,
            OriginalName = info.OriginalName,
            Size = staged.Size,
            TypeName = info.Type.Name,
            MediaType = info.Type.MediaType,
            Kind = info.Type.Kind,
            OwnerName = info.OwnerName,
            UploadedBy = info.UploadedBy,
            UploadedAt = info.UploadedAt,
        };
        Keep(staged);
        lock (_writeLock)
        {
            return _database.InTransaction(() =>
            {
                var number = _audit.Insert(Entry(file, EvidenceAuditActions.Upload, info.UploadedBy, info.UploadedAt)).AsInt32;
                var numbered = file with { Number = number };
                _files.Insert(numbered);
                return numbered;
            });
        }
    }

    public EvidenceFile? Find(string fileId) => _files.FindById(fileId);

    public IReadOnlyList<EvidenceFile> FilesOf(string subCriterionId) =>
        [.. _files.Find(file => file.SubCriterionId == subCriterionId).Where(file => !file.IsRemoved).OrderBy(file => file.Number)];

    public IReadOnlyList<EvidenceFile> AllFiles() =>
        [.. _files.FindAll().Where(file => !file.IsRemoved).OrderBy(file => file.SubCriterionId, StringComparer.Ordinal).ThenBy(file => file.Number)];

    public bool Remove(string fileId, string removedBy, DateTimeOffset at)
    {
        lock (_writeLock)
        {
            return _database.InTransaction(() =>
            {
                if (_files.FindById(fileId) is not { IsRemoved: false } file)
                {
                    return false;
                }

                _files.Update(file with { RemovedAt = at, RemovedBy = removedBy });
                _audit.Insert(Entry(file, EvidenceAuditActions.Remove, removedBy, at));
                return true;
            });
        }
    }

    public Stream OpenContent(string sha256)
    {
        var path = BlobPath(sha256);
        // No FileStream buffer: readers copy in large chunks of their own, and a binder opens a thousand files.
        return File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan | FileOptions.Asynchronous)
            : throw new FileNotFoundException("No stored content with this SHA-256.", sha256);
    }

    public int StoredContentCount() =>
        Directory.EnumerateDirectories(_root).Where(folder => Path.GetFileName(folder) != "tmp").Sum(folder => Directory.EnumerateFiles(folder).Count());

    public void AppendAudit(EvidenceAuditEntry entry)
    {
        lock (_writeLock)
        {
            _audit.Insert(entry with { Id = 0 });
        }
    }

    public IReadOnlyList<EvidenceAuditEntry> Audit(string? subCriterionId = null) =>
        [.. (subCriterionId is null ? _audit.FindAll() : _audit.Find(entry => entry.SubCriterionId == subCriterionId)).OrderBy(entry => entry.Id)];

    private static async Task<StagedEvidence> CopyAsync(Stream content, long maxBytes, string tempPath, CancellationToken cancellationToken)
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
                if (head.Length < EvidenceTypeSniffer.HeadLength)
                {
                    head.Write(buffer, 0, (int)Math.Min(read, EvidenceTypeSniffer.HeadLength - head.Length));
                }

                hash.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                size += read;
            }
        }

        return new StagedEvidence(tempPath, Convert.ToHexStringLower(hash.GetHashAndReset()), size, head.ToArray(), size > maxBytes);
    }

    /// <summary>Moves the staged file under its hash, or drops it when that content is already stored.</summary>
    private void Keep(StagedEvidence staged)
    {
        var target = BlobPath(staged.Sha256);
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

    private string BlobPath(string sha256) =>
        sha256.Length == 64 && sha256.All(char.IsAsciiHexDigitLower)
            ? Path.Combine(_root, sha256[..2], sha256)
            : throw new FileNotFoundException("Not a stored SHA-256.", sha256);

    private static EvidenceAuditEntry Entry(EvidenceFile file, string action, string actor, DateTimeOffset at) => new()
    {
        SubCriterionId = file.SubCriterionId,
        Action = action,
        Actor = actor,
        At = at,
        FileId = file.Id,
        Detail = $"{file.OriginalName}（{file.Size} 字节，SHA-256 {file.Sha256}）",
    };
}
