using CivilityBot.Storage;
using CivilityBot.Storage.PostgreSql;
using Dapper;

namespace CivilityBot.Evidence;

/// <summary>
/// Evidence requirements and latest reviews on PostgreSQL (tables <c>evidence_requirements</c>, <c>evidence_reviews</c>;
/// records as jsonb). Every card shows them, so both tables are kept in memory (<see cref="VersionedSnapshot{T}"/>) and
/// read again only after a write on any instance, which bumps <see cref="StoreNames.EvidenceReviews"/>.
/// </summary>
public sealed class PostgreSqlEvidenceReviewStore : IEvidenceReviewStore
{
    private readonly PostgreSqlDatabase _database;
    private readonly VersionedSnapshot<Dictionary<string, EvidenceRequirement>> _requirements;
    private readonly VersionedSnapshot<Dictionary<string, EvidenceReview>> _reviews;

    public PostgreSqlEvidenceReviewStore(PostgreSqlDatabase database, IStoreVersions? versions = null)
    {
        _database = database;
        versions ??= new PostgreSqlStoreVersions(database);
        _requirements = new(versions, StoreNames.EvidenceReviews, () => All<EvidenceRequirement>("evidence_requirements", item => item.Id));
        _reviews = new(versions, StoreNames.EvidenceReviews, () => All<EvidenceReview>("evidence_reviews", item => item.Id));
    }

    public IReadOnlyDictionary<string, EvidenceRequirement> Requirements() => _requirements.Get();

    public void SetRequirement(EvidenceRequirement requirement)
    {
        Upsert("evidence_requirements", requirement.Id, requirement);
        _requirements.Invalidate();
    }

    public IReadOnlyDictionary<string, EvidenceReview> Reviews() => _reviews.Get();

    public void SetReview(EvidenceReview review)
    {
        Upsert("evidence_reviews", review.Id, review);
        _reviews.Invalidate();
    }

    private Dictionary<string, T> All<T>(string table, Func<T, string> id)
    {
        using var connection = _database.Open();
        return connection.Query<string>($"SELECT doc::text FROM {table}").Select(JsonDocuments.Read<T>).ToDictionary(id, StringComparer.Ordinal);
    }

    private void Upsert<T>(string table, string id, T record) => _database.InTransaction((connection, transaction) =>
    {
        connection.Execute($"INSERT INTO {table} (id, doc) VALUES (@id, @doc::jsonb) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc",
            new { id, doc = JsonDocuments.Write(record) }, transaction);
        return StoreVersions.Bump(connection, transaction, StoreNames.EvidenceReviews);
    });
}
