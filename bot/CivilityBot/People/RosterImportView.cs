using CivilityBot.Cards.Model;
using CivilityBot.Cards.People;

namespace CivilityBot.People;

/// <summary>The card of an import preview in each state (draft with buttons, applied, cancelled).</summary>
public static class RosterImportView
{
    public static AdaptiveCard Card(RosterImportDraft draft, string summary)
    {
        var sections = new List<(string, IReadOnlyList<string>)>
        {
            ("新增", draft.Added), ("变更", draft.Changed), ("移除", draft.Removed), ("有问题的行（未导入）", draft.Errors),
        };
        var notes = new List<string>();
        if (draft.Removed.Count > 0)
        {
            notes.Add(RosterImportTexts.RemovedMeans);
        }

        if (draft.State == RosterImportState.Draft && !draft.IsUnusable && !draft.HasChanges)
        {
            notes.Add("与当前名单相比没有变化。");
        }

        var buttons = draft.State == RosterImportState.Draft && draft.HasChanges
            ? new Dictionary<string, string> { [RosterImportVerbs.Draft] = draft.Id }
            : null;
        return RosterImportCards.Build(new RosterImportCardModel($"导入人员名单：{draft.FileName}", summary, sections, notes, buttons));
    }
}
