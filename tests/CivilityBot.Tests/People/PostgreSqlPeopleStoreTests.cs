using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.People;

public sealed class PostgreSqlPeopleStoreTests : PeopleStoreContractTests, IClassFixture<PostgreSqlTestDatabase>
{
    public PostgreSqlPeopleStoreTests(PostgreSqlTestDatabase db)
    {
        db.Truncate();
        Store = new PostgreSqlPeopleStore(db.Database);
    }

    protected override IPeopleStore Store { get; }
}
