using System.Collections.Concurrent;
using System.Globalization;
using CivilityBot.Storage;

namespace CivilityBot.Checklists;

/// <summary>
/// Per-round checklist stores in the bot's LiteDB file: round 1 in "checklist_states" / "checklist_audit" (the data
/// of a database made before rounds existed), round N in "checklist_states_rN" / "checklist_audit_rN".
/// </summary>
public sealed class LiteDbRoundChecklistStores(BotDatabase database) : IRoundChecklistStores
{
    private readonly ConcurrentDictionary<int, Lazy<IChecklistStore>> _stores = new();

    public IChecklistStore For(int roundId) => _stores.GetOrAdd(roundId, id => new Lazy<IChecklistStore>(() => Create(id))).Value;

    private LiteDbChecklistStore Create(int roundId)
    {
        if (roundId <= 1) return new LiteDbChecklistStore(database);
        var suffix = "_r" + roundId.ToString(CultureInfo.InvariantCulture);
        return new LiteDbChecklistStore(database, LiteDbChecklistStore.StatesCollection + suffix, LiteDbChecklistStore.AuditCollection + suffix);
    }
}
