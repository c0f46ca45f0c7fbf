using CivilityBot.Tests.Storage;
using CivilityBot.Uploads;

namespace CivilityBot.Tests.Uploads;

/// <summary>The Uploads store contracts on PostgreSQL (a restart = new stores over the same database).</summary>
public sealed class PostgreSqlUploadStoreContractTests : UploadStoreContractTests, IClassFixture<PostgreSqlTestDatabase>
{
    private readonly PostgreSqlTestDatabase _db;

    public PostgreSqlUploadStoreContractTests(PostgreSqlTestDatabase db)
    {
        _db = db;
        db.Truncate();
    }

    protected override IUploadLinkStore CreateLinkStore() => new PostgreSqlUploadLinkStore(_db.Database);

    protected override IPendingUploadStore CreatePendingStore() => new PostgreSqlPendingUploadStore(_db.Database);

    protected override IUploadLinkStore ReopenLinkStore() => new PostgreSqlUploadLinkStore(_db.Database);
}
