using System.Collections.Concurrent;
using CivilityBot.Storage;
using CivilityBot.Storage.PostgreSql;

namespace CivilityBot.Checklists;

/// <summary>
/// Per-round checklist stores on PostgreSQL: one <see cref="PostgreSqlChecklistStore"/> per round over the shared tables
/// <c>checklist_states</c> / <c>checklist_audit</c>, told apart by their <c>round_id</c> column (migration 0003; rows from
/// before rounds existed are round 1's). Each round's in-memory copy is checked against its own store version, so a save
/// in one round never reloads another round's copy.
/// </summary>
public sealed class PostgreSqlRoundChecklistStores(PostgreSqlDatabase database, IStoreVersions versions) : IRoundChecklistStores
{
    private readonly ConcurrentDictionary<int, Lazy<IChecklistStore>> _stores = new();

    public IChecklistStore For(int roundId) =>
        _stores.GetOrAdd(roundId, id => new Lazy<IChecklistStore>(() => new PostgreSqlChecklistStore(database, versions, Math.Max(id, 1)))).Value;
}
