using CivilityBot.Evidence;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Evidence;

public sealed class PostgreSqlEvidenceLinkStoreTests : EvidenceLinkStoreContractTests, IClassFixture<PostgreSqlTestDatabase>
{
    private readonly PostgreSqlTestDatabase _db;

    public PostgreSqlEvidenceLinkStoreTests(PostgreSqlTestDatabase db)
    {
        _db = db;
        db.Truncate();
        Store = OtherInstance();
    }

    protected override IEvidenceLinkStore Store { get; }

    protected override IEvidenceLinkStore OtherInstance() => new PostgreSqlEvidenceLinkStore(_db.Database);
}
