using CivilityBot.Storage;
using LiteDB;

namespace CivilityBot.Knowledge.Corrections;

/// <summary>Plan corrections in the bot's LiteDB file, collection "plan_changes"; each write is one transaction.</summary>
public sealed class LiteDbPlanStore : IPlanStore
{
    private readonly BotDatabase _database;
    private readonly ILiteCollection<PlanChange> _changes;
    private readonly Lock _gate = new();

    public LiteDbPlanStore(BotDatabase database)
    {
        _database = database;
        _changes = database.Collection<PlanChange>("plan_changes");
    }

    public PlanChange Record(PlanChange change)
    {
        lock (_gate)
        {
            return _database.InTransaction(() =>
            {
                var stored = change with { Id = _changes.Count() + 1, RevertedAt = null, RevertedBy = null };
                _changes.Insert(stored);
                return stored;
            });
        }
    }

    public IReadOnlyList<PlanChange> Changes() => [.. _changes.FindAll().OrderBy(change => change.Id)];

    public bool Revert(int id, string actorName, DateTimeOffset at)
    {
        lock (_gate)
        {
            return _database.InTransaction(() =>
            {
                if (_changes.FindById(id) is not { RevertedAt: null } change) return false;
                return _changes.Update(change with { RevertedAt = at, RevertedBy = actorName });
            });
        }
    }
}
