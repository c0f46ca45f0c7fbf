using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.People;

public sealed class PostgreSqlDirectoryRecordStoreTests : DirectoryRecordStoreContractTests, IClassFixture<PostgreSqlTestDatabase>
{
    private readonly PostgreSqlTestDatabase _db;

    public PostgreSqlDirectoryRecordStoreTests(PostgreSqlTestDatabase db)
    {
        _db = db;
        db.Truncate();
    }

    protected override IDirectoryRecordStore NewStore() => new PostgreSqlDirectoryRecordStore(_db.Database);

    protected override IDirectoryRecordStore Reopen() => NewStore();
}
