using CivilityBot.Downloads;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Downloads;

public sealed class PostgreSqlDownloadLinkStoreTests : DownloadLinkStoreContractTests, IClassFixture<PostgreSqlTestDatabase>
{
    public PostgreSqlDownloadLinkStoreTests(PostgreSqlTestDatabase db)
    {
        db.Truncate();
        Store = new PostgreSqlDownloadLinkStore(db.Database);
    }

    protected override IDownloadLinkStore Store { get; }
}
