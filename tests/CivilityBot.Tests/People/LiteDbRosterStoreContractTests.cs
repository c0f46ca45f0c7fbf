using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.People;

/// <summary>The roster store contract against LiteDB on a temp file.</summary>
public sealed class LiteDbRosterStoreContractTests : RosterStoreContractTests, IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    protected override IRosterStore CreateStore() => new LiteDbRosterStore(_db.Database);
}
