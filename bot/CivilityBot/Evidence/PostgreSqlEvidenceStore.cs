using CivilityBot.Storage.PostgreSql;
using Dapper;
using Npgsql;

namespace CivilityBot.Evidence;

/// <summary>
/// Evidence records and audit on PostgreSQL (tables <c>evidence_files</c>, <c>evidence_audit</c>; records as jsonb); the
/// bytes stay plain files in an <see cref="EvidenceContentFolder"/> <c>folder</c> (streamed in and out, never through the database),
/// which several instances must share (a shared volume). A file's <see cref="EvidenceFile.Number"/> is the id of its
/// upload audit row, as in the LiteDB store.
/// </summary>
public sealed class PostgreSqlEvidenceStore(PostgreSqlDatabase database, EvidenceContentFolder folder) : IEvidenceStore
{
    public Task<StagedEvidence> StageAsync(Stream content, long maxBytes, CancellationToken cancellationToken) =>
        folder.StageAsync(content, maxBytes, cancellationToken);

    public EvidenceFile Add(StagedEvidence staged, EvidenceFileInfo info)
    {
        var file = EvidenceFile.From(staged, info);
        folder.Keep(staged);
        return database.InTransaction((connection, transaction) =>
        {
            var number = (int)InsertAudit(connection, transaction, EvidenceAuditEntry.Of(file, EvidenceAuditActions.Upload, info.UploadedBy, info.UploadedAt));
            var numbered = file with { Number = number };
            connection.Execute(
                "INSERT INTO evidence_files (id, sub_criterion_id, number, removed, doc) VALUES (@Id, @SubCriterionId, @Number, false, @doc::jsonb)",
                new { numbered.Id, numbered.SubCriterionId, numbered.Number, doc = JsonDocuments.Write(numbered) }, transaction);
            return numbered;
        });
    }

    public EvidenceFile? Find(string fileId) => Files("WHERE id = @fileId", new { fileId }).SingleOrDefault();

    public IReadOnlyList<EvidenceFile> FilesOf(string subCriterionId) =>
        Files("WHERE sub_criterion_id = @subCriterionId AND NOT removed ORDER BY number", new { subCriterionId });

    public IReadOnlyList<EvidenceFile> AllFiles() =>
        [.. Files("WHERE NOT removed", null).OrderBy(file => file.SubCriterionId, StringComparer.Ordinal).ThenBy(file => file.Number)];

    public bool Remove(string fileId, string removedBy, DateTimeOffset at) => database.InTransaction((connection, transaction) =>
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
        return true;
    });

    public Stream OpenContent(string sha256) => folder.Open(sha256);

    public int StoredContentCount() => folder.Count();

    public void AppendAudit(EvidenceAuditEntry entry)
    {
        using var connection = database.Open();
        InsertAudit(connection, null, entry);
    }

    public IReadOnlyList<EvidenceAuditEntry> Audit(string? subCriterionId = null)
    {
        using var connection = database.Open();
        return [.. connection.Query<(long Id, string Doc)>(
                "SELECT id, doc::text FROM evidence_audit WHERE @subCriterionId::text IS NULL OR sub_criterion_id = @subCriterionId ORDER BY id",
                new { subCriterionId })
            .Select(row => JsonDocuments.Read<EvidenceAuditEntry>(row.Doc) with { Id = (int)row.Id })];
    }

    private List<EvidenceFile> Files(string where, object? parameters)
    {
        using var connection = database.Open();
        return [.. connection.Query<string>($"SELECT doc::text FROM evidence_files {where}", parameters).Select(JsonDocuments.Read<EvidenceFile>)];
    }

    private static long InsertAudit(NpgsqlConnection connection, NpgsqlTransaction? transaction, EvidenceAuditEntry entry) =>
        connection.ExecuteScalar<long>(
            "INSERT INTO evidence_audit (sub_criterion_id, doc) VALUES (@SubCriterionId, @doc::jsonb) RETURNING id",
            new { entry.SubCriterionId, doc = JsonDocuments.Write(entry with { Id = 0 }) }, transaction);
}
