using CivilityBot.Cards.Checklists;
using CivilityBot.Knowledge;

namespace CivilityBot.Checklists;

/// <summary>
/// The evidence rows of a checklist item (upload button, files, what is missing, review), supplied by the Evidence
/// feature when it is registered; the checklist card shows none without it.
/// </summary>
public interface IChecklistItemEvidence
{
    /// <summary>The evidence rows of <paramref name="item"/> on the card <paramref name="view"/> describes.</summary>
    ChecklistItemEvidenceModel Describe(SubCriterion item, ChecklistItemState state, ChecklistView view);
}
