namespace CivilityBot.Checklists;

/// <summary>Stored checklist sends, so a confirmation is applied once and a restart resumes unfinished sends.</summary>
public interface IChecklistSendStore
{
    void Insert(ChecklistSendBatch batch);

    ChecklistSendBatch? Find(string id);

    /// <summary>Moves the batch from <paramref name="from"/> to <paramref name="to"/>; null when it was not in <paramref name="from"/>.</summary>
    ChecklistSendBatch? Transition(string id, SendBatchState from, SendBatchState to, DateTimeOffset at);

    void UpdateDelivery(string id, ChecklistDelivery delivery);

    IReadOnlyList<ChecklistSendBatch> Confirmed();
}
