using CivilityBot.Storage.PostgreSql;
using Dapper;
using Npgsql;

namespace CivilityBot.People;

/// <summary>
/// The imported staff list on PostgreSQL (tables <c>roster_entries</c>, <c>roster_drafts</c>, <c>roster_audit</c>,
/// <c>roster_meta</c>; records as jsonb), shared by every instance. Applying and cancelling are one transaction each
/// under a transaction-scoped advisory lock, and the draft's state and the list's version are checked inside it, so two
/// instances confirming the same preview apply it once (the other answers <see cref="RosterApplyOutcome.AlreadyDecided"/>).
/// No instance caches the list (the directory sync and the import preview read it each time), so no store version is kept.
/// </summary>
public sealed class PostgreSqlRosterStore(PostgreSqlDatabase database) : IRosterStore
{
    private const string VersionId = "version";

    public IReadOnlyList<RosterEntry> Entries()
    {
        using var connection = database.Open();
        return [.. connection.Query<string>("SELECT doc::text FROM roster_entries").Select(JsonDocuments.Read<RosterEntry>)
            .OrderBy(entry => entry.Id, StringComparer.Ordinal)];
    }

    public int Version()
    {
        using var connection = database.Open();
        return ReadVersion(connection, null);
    }

    public void SaveDraft(RosterImportDraft draft)
    {
        using var connection = database.Open();
        WriteDraft(connection, null, draft with { State = RosterImportState.Draft }, insert: true);
    }

    public RosterImportDraft? FindDraft(string id)
    {
        using var connection = database.Open();
        return ReadDraft(connection, null, id);
    }

    public RosterApplyOutcome Apply(string draftId, string by, DateTimeOffset at) => database.InTransaction((connection, transaction) =>
    {
        Lock(connection, transaction);
        if (ReadDraft(connection, transaction, draftId) is not { IsUnusable: false } draft)
        {
            return RosterApplyOutcome.NotFound;
        }

        if (draft.State != RosterImportState.Draft)
        {
            return RosterApplyOutcome.AlreadyDecided;
        }

        if (draft.BaseVersion != ReadVersion(connection, transaction))
        {
            return RosterApplyOutcome.Stale;
        }

        Replace(connection, transaction, draft, by, at);
        return RosterApplyOutcome.Applied;
    });

    public bool Cancel(string draftId, string by, DateTimeOffset at) => database.InTransaction((connection, transaction) =>
    {
        Lock(connection, transaction);
        if (ReadDraft(connection, transaction, draftId) is not { State: RosterImportState.Draft } draft)
        {
            return false;
        }

        WriteDraft(connection, transaction, draft with { State = RosterImportState.Cancelled, DecidedBy = by, DecidedAt = at }, insert: false);
        return true;
    });

    public IReadOnlyList<PeopleAuditEntry> Audit()
    {
        using var connection = database.Open();
        return [.. connection.Query<(long Id, string Doc)>("SELECT id, doc::text FROM roster_audit ORDER BY id")
            .Select(row => JsonDocuments.Read<PeopleAuditEntry>(row.Doc) with { Id = (int)row.Id })];
    }

    private static void Replace(NpgsqlConnection connection, NpgsqlTransaction transaction, RosterImportDraft draft, string by, DateTimeOffset at)
    {
        connection.Execute("DELETE FROM roster_entries", transaction: transaction);
        connection.Execute("INSERT INTO roster_entries (id, doc) VALUES (@Id, @doc::jsonb)",
            draft.Entries.Select(entry => new { entry.Id, doc = JsonDocuments.Write(entry) }), transaction);
        var rows = draft.Added.Select(line => (PeopleAuditActions.RosterAdd, line))
            .Concat(draft.Changed.Select(line => (PeopleAuditActions.RosterChange, line)))
            .Concat(draft.Removed.Select(line => (PeopleAuditActions.RosterRemove, line)));
        var audit = rows.Select(row => new PeopleAuditEntry
        {
            At = at, ActorName = by, Action = row.Item1, PersonName = row.line.Split('：', 2)[0], Detail = $"{draft.FileName}：{row.line}",
        });
        connection.Execute("INSERT INTO roster_audit (doc) VALUES (@doc::jsonb)", audit.Select(entry => new { doc = JsonDocuments.Write(entry) }), transaction);
        connection.Execute("INSERT INTO roster_meta (id, value) VALUES (@id, @value) ON CONFLICT (id) DO UPDATE SET value = excluded.value",
            new { id = VersionId, value = draft.BaseVersion + 1 }, transaction);
        WriteDraft(connection, transaction, draft with { State = RosterImportState.Applied, DecidedBy = by, DecidedAt = at }, insert: false);
    }

    private static void Lock(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        connection.Execute("SELECT pg_advisory_xact_lock(hashtext('civilitybot.roster'))", transaction: transaction);

    private static int ReadVersion(NpgsqlConnection connection, NpgsqlTransaction? transaction) =>
        connection.ExecuteScalar<int?>("SELECT value FROM roster_meta WHERE id = @id", new { id = VersionId }, transaction) ?? 0;

    private static RosterImportDraft? ReadDraft(NpgsqlConnection connection, NpgsqlTransaction? transaction, string id) =>
        connection.QuerySingleOrDefault<string>("SELECT doc::text FROM roster_drafts WHERE id = @id", new { id }, transaction) is { } json
            ? JsonDocuments.Read<RosterImportDraft>(json)
            : null;

    private static void WriteDraft(NpgsqlConnection connection, NpgsqlTransaction? transaction, RosterImportDraft draft, bool insert) =>
        connection.Execute(
            insert ? "INSERT INTO roster_drafts (id, doc) VALUES (@Id, @doc::jsonb)" : "UPDATE roster_drafts SET doc = @doc::jsonb WHERE id = @Id",
            new { draft.Id, doc = JsonDocuments.Write(draft) }, transaction);
}
