using CivilityBot.Storage.PostgreSql;
using Dapper;

namespace CivilityBot.Evidence;

/// <summary>Evidence requirements and latest reviews on PostgreSQL (tables <c>evidence_requirements</c>, <c>evidence_reviews</c>; records as jsonb).</summary>
public sealed class PostgreSqlEvidenceReviewStore(PostgreSqlDatabase database) : IEvidenceReviewStore
{
    public IReadOnlyDictionary<string, EvidenceRequirement> Requirements() =>
        All<EvidenceRequirement>("evidence_requirements").ToDictionary(item => item.Id, StringComparer.Ordinal);

    public void SetRequirement(EvidenceRequirement requirement) => Upsert("evidence_requirements", requirement.Id, requirement);

    public IReadOnlyDictionary<string, EvidenceReview> Reviews() =>
        All<EvidenceReview>("evidence_reviews").ToDictionary(item => item.Id, StringComparer.Ordinal);

    public void SetReview(EvidenceReview review) => Upsert("evidence_reviews", review.Id, review);

    private List<T> All<T>(string table)
    {
        using var connection = database.Open();
        return [.. connection.Query<string>($"SELECT doc::text FROM {table}").Select(JsonDocuments.Read<T>)];
    }

    private void Upsert<T>(string table, string id, T record)
    {
        using var connection = database.Open();
        connection.Execute($"INSERT INTO {table} (id, doc) VALUES (@id, @doc::jsonb) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc",
            new { id, doc = JsonDocuments.Write(record) });
    }
}
