using CivilityBot.Knowledge;
using CivilityBot.Knowledge.Rounds;

namespace CivilityBot.Checklists;

/// <summary>What each round's checklists hold, for the round cards: sub-criteria done of the round's plan, and audit rows.</summary>
public sealed class ChecklistRoundRecords(IRoundChecklistStores stores) : IRoundRecords
{
    public RoundFigures Figures(int roundId, Campaign plan)
    {
        var store = stores.For(roundId);
        var states = store.All();
        var subs = plan.Indicators.SelectMany(indicator => indicator.SubCriteria).ToList();
        return new RoundFigures(subs.Count(sub => states.GetValueOrDefault(sub.Id)?.Done == true), subs.Count, store.AuditCount());
    }
}
