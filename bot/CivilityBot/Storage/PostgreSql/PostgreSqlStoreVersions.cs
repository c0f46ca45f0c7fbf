namespace CivilityBot.Storage.PostgreSql;

/// <summary><see cref="IStoreVersions"/> read from the table <c>store_versions</c>, which every PostgreSQL store bumps in its write transaction.</summary>
public sealed class PostgreSqlStoreVersions(PostgreSqlDatabase database) : IStoreVersions
{
    public long Current(string store)
    {
        using var connection = database.Open();
        return StoreVersions.Read(connection, store);
    }
}
