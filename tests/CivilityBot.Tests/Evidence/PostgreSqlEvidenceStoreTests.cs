using CivilityBot.Evidence;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Evidence;

/// <summary>The evidence store contract on PostgreSQL (records) with a temp content folder (bytes).</summary>
public sealed class PostgreSqlEvidenceStoreTests : EvidenceStoreContractTests, IClassFixture<PostgreSqlTestDatabase>, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"civilitybot-evidence-{Guid.NewGuid():N}");

    public PostgreSqlEvidenceStoreTests(PostgreSqlTestDatabase db)
    {
        db.Truncate();
        Store = new PostgreSqlEvidenceStore(db.Database, new EvidenceContentFolder(_root));
    }

    protected override IEvidenceStore Store { get; }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
