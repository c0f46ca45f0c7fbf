using CivilityBot.Storage;
using CivilityBot.Storage.PostgreSql;
using Dapper;

namespace CivilityBot.Knowledge.Corrections;

/// <summary>
/// Plan corrections on PostgreSQL (table <c>plan_changes</c>, the change as jsonb). Writes take a transaction-scoped
/// advisory lock, so ids stay 1, 2, 3… across instances, and bump <see cref="StoreNames.Plan"/> so every instance's
/// <see cref="PlanState"/> replays the change.
/// </summary>
public sealed class PostgreSqlPlanStore(PostgreSqlDatabase database) : IPlanStore
{
    private const string Lock = "SELECT pg_advisory_xact_lock(hashtext('civilitybot.plan_changes'))";

    public PlanChange Record(PlanChange change) => database.InTransaction((connection, transaction) =>
    {
        connection.Execute(Lock, transaction: transaction);
        var id = connection.ExecuteScalar<int>("SELECT count(*)::int + 1 FROM plan_changes", transaction: transaction);
        var stored = change with { Id = id, RevertedAt = null, RevertedBy = null };
        connection.Execute("INSERT INTO plan_changes (id, doc) VALUES (@id, @doc::jsonb)", new { id, doc = JsonDocuments.Write(stored) }, transaction);
        StoreVersions.Bump(connection, transaction, StoreNames.Plan);
        return stored;
    });

    public IReadOnlyList<PlanChange> Changes()
    {
        using var connection = database.Open();
        return [.. connection.Query<string>("SELECT doc::text FROM plan_changes ORDER BY id").Select(JsonDocuments.Read<PlanChange>)];
    }

    public bool Revert(int id, string actorName, DateTimeOffset at) => database.InTransaction((connection, transaction) =>
    {
        connection.Execute(Lock, transaction: transaction);
        var doc = connection.QuerySingleOrDefault<string>("SELECT doc::text FROM plan_changes WHERE id = @id", new { id }, transaction);
        if (doc is null || JsonDocuments.Read<PlanChange>(doc) is not { RevertedAt: null } change)
        {
            return false;
        }

        connection.Execute("UPDATE plan_changes SET doc = @doc::jsonb WHERE id = @id",
            new { id, doc = JsonDocuments.Write(change with { RevertedAt = at, RevertedBy = actorName }) }, transaction);
        StoreVersions.Bump(connection, transaction, StoreNames.Plan);
        return true;
    });
}
