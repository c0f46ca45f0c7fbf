using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.People;

public sealed class LiteDbPeopleStoreTests : PeopleStoreContractTests, IDisposable
{
    private readonly TempDatabase _db = new();

    public LiteDbPeopleStoreTests() => Store = new LiteDbPeopleStore(_db.Database);

    protected override IPeopleStore Store { get; }

    public void Dispose() => _db.Dispose();
}
