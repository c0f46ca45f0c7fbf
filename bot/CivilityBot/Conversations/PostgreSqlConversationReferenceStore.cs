using CivilityBot.Storage;
using CivilityBot.Storage.PostgreSql;
using Dapper;

namespace CivilityBot.Conversations;

/// <summary>
/// <see cref="IConversationReferenceStore"/> on PostgreSQL (table <c>conversation_references</c>, the record as jsonb). Storing
/// a blocked reference bumps <see cref="StoreNames.ConversationReferences"/>, so every instance's
/// <see cref="ConversationReferences"/> forgets its write-skip cache and the person's next message lifts the block.
/// </summary>
public sealed class PostgreSqlConversationReferenceStore(PostgreSqlDatabase database) : IConversationReferenceStore
{
    public void Upsert(ConversationReferenceRecord reference) => database.InTransaction((connection, transaction) =>
    {
        if (reference.IsBlocked)
        {
            StoreVersions.Bump(connection, transaction, StoreNames.ConversationReferences);
        }

        return connection.Execute(
            "INSERT INTO conversation_references (id, user_id, aad_object_id, service_url_verified, doc) "
            + "VALUES (@Id, @UserId, @AadObjectId, @ServiceUrlVerified, @doc::jsonb) ON CONFLICT (id) DO UPDATE SET "
            + "user_id = excluded.user_id, aad_object_id = excluded.aad_object_id, service_url_verified = excluded.service_url_verified, doc = excluded.doc",
            new { reference.Id, reference.UserId, reference.AadObjectId, reference.ServiceUrlVerified, doc = JsonDocuments.Write(reference) }, transaction);
    });

    public IReadOnlyList<ConversationReferenceRecord> FindByAadObjectId(string aadObjectId) =>
        Find("aad_object_id = @key", aadObjectId);

    public IReadOnlyList<ConversationReferenceRecord> FindByUserId(string userId) => Find("user_id = @key", userId);

    public IReadOnlyList<string> VerifiedServiceUrls()
    {
        using var connection = database.Open();
        return [.. connection.Query<string>("SELECT doc->>'ServiceUrl' FROM conversation_references WHERE service_url_verified")
            .Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private List<ConversationReferenceRecord> Find(string where, string key)
    {
        using var connection = database.Open();
        return [.. connection.Query<string>($"SELECT doc::text FROM conversation_references WHERE {where}", new { key })
            .Select(JsonDocuments.Read<ConversationReferenceRecord>)
            .OrderByDescending(r => r.IsPersonal).ThenByDescending(r => r.UpdatedAt)];
    }
}
