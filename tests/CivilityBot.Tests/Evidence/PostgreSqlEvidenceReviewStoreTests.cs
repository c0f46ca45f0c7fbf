using CivilityBot.Evidence;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Evidence;

public sealed class PostgreSqlEvidenceReviewStoreTests : EvidenceReviewStoreContractTests, IClassFixture<PostgreSqlTestDatabase>
{
    public PostgreSqlEvidenceReviewStoreTests(PostgreSqlTestDatabase db)
    {
        db.Truncate();
        Store = new PostgreSqlEvidenceReviewStore(db.Database);
    }

    protected override IEvidenceReviewStore Store { get; }
}
