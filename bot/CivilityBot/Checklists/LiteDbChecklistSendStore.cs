using CivilityBot.Storage;
using LiteDB;

namespace CivilityBot.Checklists;

public sealed class LiteDbChecklistSendStore : IChecklistSendStore
{
    private readonly BotDatabase _database;

    // Read-modify-write of one document: serialised, since LiteDB transactions do not lock on read.
    private readonly Lock _gate = new();
    private readonly ILiteCollection<ChecklistSendBatch> _batches;

    public LiteDbChecklistSendStore(BotDatabase database)
    {
        _database = database;
        _batches = database.Collection<ChecklistSendBatch>("checklist_sends");
        _batches.EnsureIndex(batch => batch.State);
    }

    public void Insert(ChecklistSendBatch batch) => _batches.Insert(batch);

    public ChecklistSendBatch? Find(string id) => _batches.FindById(id);

    public ChecklistSendBatch? Transition(string id, SendBatchState from, SendBatchState to, DateTimeOffset at)
    {
        lock (_gate)
        {
            return _database.InTransaction(() => Move(id, from, to, at));
        }
    }

    public void UpdateDelivery(string id, ChecklistDelivery delivery)
    {
        lock (_gate)
        {
            _database.InTransaction(() => Replace(id, delivery));
        }
    }

    public IReadOnlyList<ChecklistSendBatch> Confirmed() => _batches.Find(batch => batch.State == SendBatchState.Confirmed).ToList();

    private ChecklistSendBatch? Move(string id, SendBatchState from, SendBatchState to, DateTimeOffset at)
    {
        if (_batches.FindById(id) is not { } batch || batch.State != from)
        {
            return null;
        }

        var moved = batch with { State = to, FinishedAt = to is SendBatchState.Finished or SendBatchState.Cancelled ? at : batch.FinishedAt };
        _batches.Update(moved);
        return moved;
    }

    private bool Replace(string id, ChecklistDelivery delivery)
    {
        if (_batches.FindById(id) is { } batch)
        {
            var deliveries = batch.Deliveries.Select(existing => existing.Person == delivery.Person ? delivery : existing).ToList();
            _batches.Update(batch with { Deliveries = deliveries });
        }

        return true;
    }
}
