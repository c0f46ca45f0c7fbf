using CivilityBot.Storage;
using LiteDB;

namespace CivilityBot.Evidence;

/// <summary>
/// Records and audit in LiteDB; the bytes as plain files beside the database, named by their SHA-256
/// (<c>{root}/ab/abcdef…</c>). Plain files rather than LiteDB FileStorage because a 500 MB recording would otherwise
/// pass through LiteDB's single write lock and log file (written twice, holding up every checklist save meanwhile),
/// would grow the database file that every start-up opens, and could not be streamed into a binder at copy speed.
/// The files are kept by <see cref="EvidenceContentFolder"/>, as on PostgreSQL.
/// </summary>
public sealed class LiteDbEvidenceStore : IEvidenceStore
{
    private readonly BotDatabase _database;
    private readonly ILiteCollection<EvidenceFile> _files;
    private readonly ILiteCollection<EvidenceAuditEntry> _audit;
    private readonly EvidenceContentFolder _content;
    private readonly Lock _writeLock = new();

    /// <summary>Keeps files under <paramref name="root"/> (created if missing).</summary>
    public LiteDbEvidenceStore(BotDatabase database, string root)
    {
        _database = database;
        _content = new EvidenceContentFolder(root);
        _files = database.Collection<EvidenceFile>("evidence_files");
        _files.EnsureIndex(file => file.SubCriterionId);
        _audit = database.Collection<EvidenceAuditEntry>("evidence_audit");
        _audit.EnsureIndex(entry => entry.SubCriterionId);
    }

    public Task<StagedEvidence> StageAsync(Stream content, long maxBytes, CancellationToken cancellationToken) =>
        _content.StageAsync(content, maxBytes, cancellationToken);

    public EvidenceFile Add(StagedEvidence staged, EvidenceFileInfo info)
    {
        var file = EvidenceFile.From(staged, info);
        _content.Keep(staged);
        lock (_writeLock)
        {
            return _database.InTransaction(() =>
            {
                var number = _audit.Insert(EvidenceAuditEntry.Of(file, EvidenceAuditActions.Upload, info.UploadedBy, info.UploadedAt)).AsInt32;
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
                _audit.Insert(EvidenceAuditEntry.Of(file, EvidenceAuditActions.Remove, removedBy, at));
                return true;
            });
        }
    }

    public Stream OpenContent(string sha256) => _content.Open(sha256);

    public int StoredContentCount() => _content.Count();

    public void AppendAudit(EvidenceAuditEntry entry)
    {
        lock (_writeLock)
        {
            _audit.Insert(entry with { Id = 0 });
        }
    }

    public IReadOnlyList<EvidenceAuditEntry> Audit(string? subCriterionId = null) =>
        [.. (subCriterionId is null ? _audit.FindAll() : _audit.Find(entry => entry.SubCriterionId == subCriterionId)).OrderBy(entry => entry.Id)];
}
