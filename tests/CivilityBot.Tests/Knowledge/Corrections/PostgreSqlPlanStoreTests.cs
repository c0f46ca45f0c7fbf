using CivilityBot.Knowledge.Corrections;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Knowledge.Corrections;

public sealed class PostgreSqlPlanStoreTests : PlanStoreContractTests, IClassFixture<PostgreSqlTestDatabase>
{
    private readonly PostgreSqlTestDatabase _db;

    public PostgreSqlPlanStoreTests(PostgreSqlTestDatabase db)
    {
        _db = db;
        db.Truncate();
    }

    protected override IPlanStore NewStore() => new PostgreSqlPlanStore(_db.Database);
}
