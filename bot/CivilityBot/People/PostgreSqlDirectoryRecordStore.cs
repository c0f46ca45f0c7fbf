using CivilityBot.Storage.PostgreSql;
using Dapper;

namespace CivilityBot.People;

/// <summary><see cref="IDirectoryRecordStore"/> on PostgreSQL (table <c>people_directory</c>, the record as jsonb).</summary>
public sealed class PostgreSqlDirectoryRecordStore(PostgreSqlDatabase database) : IDirectoryRecordStore
{
    public DirectoryRecord? Find(string personName)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<string>("SELECT doc::text FROM people_directory WHERE id = @personName", new { personName })
            is { } doc ? JsonDocuments.Read<DirectoryRecord>(doc) : null;
    }

    public IReadOnlyList<DirectoryRecord> All()
    {
        using var connection = database.Open();
        return [.. connection.Query<string>("SELECT doc::text FROM people_directory")
            .Select(JsonDocuments.Read<DirectoryRecord>).OrderBy(record => record.Id, StringComparer.Ordinal)];
    }

    public void Save(DirectoryRecord record)
    {
        using var connection = database.Open();
        Write(connection, null, record);
    }

    /// <summary>Read, change and write in one transaction holding the row lock (<c>FOR UPDATE</c>), so instances do not lose each other's changes.</summary>
    public DirectoryRecord Update(string personName, Func<DirectoryRecord, DirectoryRecord> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return database.InTransaction((connection, transaction) =>
        {
            connection.Execute(
                "INSERT INTO people_directory (id, doc) VALUES (@personName, @doc::jsonb) ON CONFLICT (id) DO NOTHING",
                new { personName, doc = JsonDocuments.Write(new DirectoryRecord { Id = personName }) }, transaction);
            var current = connection.QuerySingle<string>(
                "SELECT doc::text FROM people_directory WHERE id = @personName FOR UPDATE", new { personName }, transaction);
            var updated = change(JsonDocuments.Read<DirectoryRecord>(current));
            Write(connection, transaction, updated);
            return updated;
        });
    }

    private static void Write(Npgsql.NpgsqlConnection connection, Npgsql.NpgsqlTransaction? transaction, DirectoryRecord record) =>
        connection.Execute(
            "INSERT INTO people_directory (id, doc) VALUES (@Id, @doc::jsonb) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc",
            new { record.Id, doc = JsonDocuments.Write(record) }, transaction);
}
