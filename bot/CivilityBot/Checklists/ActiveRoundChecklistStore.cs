using CivilityBot.Knowledge.Corrections;

namespace CivilityBot.Checklists;

/// <summary>
/// The checklist store every feature uses: the active campaign round's. When a coordinator starts a new round, cards,
/// progress, reminders and the ledger read the new round's (empty) store at once; the archived round's stays in
/// <see cref="IRoundChecklistStores"/>.
/// </summary>
public sealed class ActiveRoundChecklistStore(PlanState plan, IRoundChecklistStores rounds) : IChecklistStore
{
    private IChecklistStore Active => rounds.For(plan.ActiveRound.Id);

    public IReadOnlyDictionary<string, ChecklistItemState> All() => Active.All();

    public ChecklistItemState? Find(string subCriterionId) => Active.Find(subCriterionId);

    public ChecklistSaveResult Save(ChecklistSave save) => Active.Save(save);

    public IReadOnlyList<ChecklistAuditEntry> Audit() => Active.Audit();

    public int AuditCount() => Active.AuditCount();
}
