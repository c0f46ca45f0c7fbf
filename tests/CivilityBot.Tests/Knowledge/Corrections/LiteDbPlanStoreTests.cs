using CivilityBot.Knowledge.Corrections;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Knowledge.Corrections;

public sealed class LiteDbPlanStoreTests : PlanStoreContractTests, IDisposable
{
    private readonly TempDatabase _db = new();

    protected override IPlanStore NewStore() => new LiteDbPlanStore(_db.Database);

    public void Dispose() => _db.Dispose();
}
