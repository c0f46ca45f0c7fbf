using CivilityBot.Storage.PostgreSql;
using Dapper;
using static CivilityBot.Storage.PostgreSql.PostgreSqlRows;

namespace CivilityBot.Reminders;

/// <summary>
/// Reminder drafts on PostgreSQL (table <c>reminder_drafts</c>). <see cref="Take"/> is one conditional UPDATE, so a draft
/// confirmed on two instances at once is used once.
/// </summary>
public sealed class PostgreSqlReminderDraftStore(PostgreSqlDatabase database) : IReminderDraftStore
{
    public void Save(ReminderDraft draft)
    {
        using var connection = database.Open();
        connection.Execute(
            "INSERT INTO reminder_drafts (id, expires_at, used, doc) VALUES (@Id, @expiresAt, @Used, @doc::jsonb) "
            + "ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at, used = excluded.used, doc = excluded.doc",
            new { draft.Id, expiresAt = Utc(draft.ExpiresAt), draft.Used, doc = JsonDocuments.Write(draft) });
    }

    public ReminderDraft? Find(string draftId, DateTimeOffset now)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<string>(
            "SELECT doc::text FROM reminder_drafts WHERE id = @draftId AND NOT used AND expires_at > @now", new { draftId, now = Utc(now) })
            is { } doc ? JsonDocuments.Read<ReminderDraft>(doc) : null;
    }

    public ReminderDraft? Take(string draftId, DateTimeOffset now)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<string>(
            "UPDATE reminder_drafts SET used = true, doc = jsonb_set(doc, '{Used}', 'true') "
            + "WHERE id = @draftId AND NOT used AND expires_at > @now RETURNING doc::text", new { draftId, now = Utc(now) })
            is { } doc ? JsonDocuments.Read<ReminderDraft>(doc) : null;
    }

    public int Prune(DateTimeOffset now)
    {
        using var connection = database.Open();
        return connection.Execute("DELETE FROM reminder_drafts WHERE expires_at < @now", new { now = Utc(now) });
    }
}
