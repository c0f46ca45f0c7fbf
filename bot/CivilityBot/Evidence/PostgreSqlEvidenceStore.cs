using CivilityBot.Storage;
using CivilityBot.Storage.PostgreSql;
using Dapper;
using Npgsql;

namespace CivilityBot.Evidence;

/// <summary>
/// Evidence records and audit on PostgreSQL (tables <c>evidence_files</c>, <c>evidence_audit</c>; records as jsonb); the
/// bytes stay plain files in an <see cref="EvidenceContentFolder"/> <c>folder</c> (streamed in and out, never through the database),
/// which several instances must share (a shared volume). A file's <see cref="EvidenceFile.Number"/> is the id of its
/// upload audit row, as in the LiteDB store. Every checklist card shows the current files, so they are kept in memory
/// (<see cref="VersionedSnapshot{T}"/>) and read again only after an upload or removal on any instance, which bumps
/// <see cref="StoreNames.EvidenceFiles"/>.
/// </summary>
public sealed class PostgreSqlEvidenceStore : IEvidenceStore
{
    private readonly PostgreSqlDatabase _database;
    private readonly EvidenceContentFolder _folder;

    /// <summary>The current files by sub-criterion id, each list by number (upload order).</summary>
    private readonly VersionedSnapshot<Dictionary<string, List<EvidenceFile>>> _current;

    public PostgreSqlEvidenceStore(PostgreSqlDatabase database, EvidenceContentFolder folder, IStoreVersions? versions = null)
    {
        _database = database;
        _folder = folder;
        _current = new(versions ?? new PostgreSqlStoreVersions(database), StoreNames.EvidenceFiles, () => Files("WHERE NOT removed ORDER BY number", null)
            .GroupBy(file => file.SubCriterionId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal));
    }

    public Task<StagedEvidence> StageAsync(Stream content, long maxBytes, CancellationToken cancellationToken) =>
        _folder.StageAsync(content, maxBytes, cancellationToken);

    public EvidenceFile Add(StagedEvidence staged, EvidenceFileInfo info)
    {
        var file = EvidenceFile.From(staged, info);
        _folder.Keep(staged);
        var added = _database.InTransaction((connection, transaction) =>
        {
            var number = (int)InsertAudit(connection, transaction, EvidenceAuditEntry.Of(file, EvidenceAuditActions.Upload, info.UploadedBy, info.UploadedAt));
            var numbered = file with { Number = number };
            connection.Execute(
                "INSERT INTO evidence_files (id, sub_criterion_id, number, removed, doc) VALUES (@Id, @SubCriterionId, @Number, false, @doc::jsonb)",
                new { numbered.Id, numbered.SubCriterionId, numbered.Number, doc = JsonDocuments.Write(numbered) }, transaction);
            StoreVersions.Bump(connection, transaction, StoreNames.EvidenceFiles);
            return numbered;
        });
        _current.Invalidate();
        return added;
    }

    public EvidenceFile? Find(string fileId) => Files("WHERE id = @fileId", new { fileId }).SingleOrDefault();

    public IReadOnlyList<EvidenceFile> FilesOf(string subCriterionId) =>
        _current.Get().TryGetValue(subCriterionId, out var files) ? files : [];

    public IReadOnlyList<EvidenceFile> AllFiles() =>
        [.. _current.Get().OrderBy(item => item.Key, StringComparer.Ordinal).SelectMany(item => item.Value)];

    public bool Remove(string fileId, string removedBy, DateTimeOffset at)
    {
        var removed = _database.InTransaction((connection, transaction) => Remove(connection, transaction, fileId, removedBy, at));
        _current.Invalidate();
        return removed;
    }

    public Stream OpenContent(string sha256) => _folder.Open(sha256);

    public int StoredContentCount() => _folder.Count();

    public void AppendAudit(EvidenceAuditEntry entry)
    {
        using var connection = _database.Open();
        InsertAudit(connection, null, entry);
    }

    public IReadOnlyList<EvidenceAuditEntry> Audit(string? subCriterionId = null)
    {
        using var connection = _database.Open();
        return [.. connection.Query<(long Id, string Doc)>(
                "SELECT id, doc::text FROM evidence_audit WHERE @subCriterionId::text IS NULL OR sub_criterion_id = @subCriterionId ORDER BY id",
                new { subCriterionId })
            .Select(row => JsonDocuments.Read<EvidenceAuditEntry>(row.Doc) with { Id = (int)row.Id })];
    }

    private static bool Remove(NpgsqlConnection connection, NpgsqlTransaction transaction, string fileId, string removedBy, DateTimeOffset at)
    {
        var doc = connection.QuerySingleOrDefault<string>(
            "SELECT doc::text FROM evidence_files WHERE id = @fileId AND NOT removed FOR UPDATE", new { fileId }, transaction);
        if (doc is null)
        {
            return false;
        }

        var file = JsonDocuments.Read<EvidenceFile>(doc);
        connection.Execute("UPDATE evidence_files SET removed = true, doc = @doc::jsonb WHERE id = @fileId",
            new { fileId, doc = JsonDocuments.Write(file with { RemovedAt = at, RemovedBy = removedBy }) }, transaction);
        InsertAudit(connection, transaction, EvidenceAuditEntry.Of(file, EvidenceAuditActions.Remove, removedBy, at));
        StoreVersions.Bump(connection, transaction, StoreNames.EvidenceFiles);
        return true;
    }

    private List<EvidenceFile> Files(string where, object? parameters)
    {
        using var connection = _database.Open();
        return [.. connection.Query<string>($"SELECT doc::text FROM evidence_files {where}", parameters).Select(JsonDocuments.Read<EvidenceFile>)];
    }

    private static long InsertAudit(NpgsqlConnection connection, NpgsqlTransaction? transaction, EvidenceAuditEntry entry) =>
        connection.ExecuteScalar<long>(
            "INSERT INTO evidence_audit (sub_criterion_id, doc) VALUES (@SubCriterionId, @doc::jsonb) RETURNING id",
            new { entry.SubCriterionId, doc = JsonDocuments.Write(entry with { Id = 0 }) }, transaction);
}
