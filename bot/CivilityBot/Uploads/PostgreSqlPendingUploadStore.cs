using CivilityBot.Storage.PostgreSql;
using Dapper;
using static CivilityBot.Storage.PostgreSql.PostgreSqlRows;

namespace CivilityBot.Uploads;

/// <summary>
/// Pending chat uploads on PostgreSQL (table <c>upload_pending</c>, id = roster name, record as jsonb), so the file a
/// person sends reaches whichever instance took the command that asked for it. Each call is one statement.
/// </summary>
public sealed class PostgreSqlPendingUploadStore(PostgreSqlDatabase database) : IPendingUploadStore
{
    public void Set(PendingUpload pending)
    {
        using var connection = database.Open();
        connection.Execute(
            "INSERT INTO upload_pending (id, expires_at, doc) VALUES (@Id, @expiresAt, @doc::jsonb) "
            + "ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at, doc = excluded.doc",
            new { pending.Id, expiresAt = Utc(pending.ExpiresAt), doc = JsonDocuments.Write(pending) });
    }

    public PendingUpload? Find(string personName, DateTimeOffset now)
    {
        using var connection = database.Open();
        connection.Execute("DELETE FROM upload_pending WHERE id = @personName AND expires_at <= @now", new { personName, now = Utc(now) });
        return connection.QuerySingleOrDefault<string>("SELECT doc::text FROM upload_pending WHERE id = @personName AND expires_at > @now", new { personName, now = Utc(now) }) is { } json
            ? JsonDocuments.Read<PendingUpload>(json)
            : null;
    }

    public bool Clear(string personName)
    {
        using var connection = database.Open();
        return connection.Execute("DELETE FROM upload_pending WHERE id = @personName", new { personName }) > 0;
    }
}
