using CivilityBot.Cards.Checklists;
using CivilityBot.Knowledge;
using CivilityBot.Turns;

namespace CivilityBot.Checklists;

/// <summary>
/// Turns a card submission into stored changes: checks every id against the campaign and the checklist's owner,
/// works out what the user actually changed, and lets only the indicator's owners and the coordinators write.
/// </summary>
public sealed class ChecklistEditor(IPlan plan, IChecklistStore store, TimeProvider time)
{
    public EditResult Save(ChecklistSubmission submission, SenderIdentity sender, string source, string? activityId)
    {
        if (plan.Current.IndicatorsOwnedBy(submission.PersonName).Count == 0 || submission.Items.Count == 0)
        {
            return EditResult.Invalid;
        }

        var changes = new List<(ChecklistChange Change, SubCriterion Item)>();
        foreach (var item in submission.Items)
        {
            if (!TryRead(item, submission.PersonName, out var change, out var subCriterion))
            {
                return EditResult.Invalid;
            }

            if (!change.IsEmpty)
            {
                changes.Add((change, subCriterion));
            }
        }

        if (changes.Exists(pair => !MayChange(sender, plan.Current.OwnersOf(pair.Item))))
        {
            return EditResult.NotAllowed;
        }

        if (changes.Count == 0)
        {
            return EditResult.NoChanges;
        }

        var actor = new ChecklistActor(sender.PersonName!, sender.AadObjectId);
        var save = new ChecklistSave([.. changes.Select(pair => pair.Change)], actor, source, activityId, time.GetUtcNow());
        return new EditResult(EditStatus.Saved, store.Save(save));
    }

    /// <summary>Coordinators may change any item; anyone else only a sub-criterion they own (<paramref name="owners"/>).</summary>
    public static bool MayChange(SenderIdentity sender, IReadOnlyList<Owner> owners) =>
        sender.IsCoordinator || (sender.PersonName is { } name && owners.Any(owner => owner.Person == name));

    private bool TryRead(SubmittedItem item, string personName, out ChecklistChange change, out SubCriterion subCriterion)
    {
        change = null!;
        var indicator = plan.Current.IndicatorOf(item.Id);
        subCriterion = plan.Current.FindSubCriterion(item.Id)!;
        var seen = SeenToken.Parse(item.Seen);
        if (indicator is null || !plan.Current.OwnersOf(subCriterion).Any(owner => owner.Person == personName) || seen is null || seen.IndicatorNumber != indicator.Number
            || item.Done is not (null or "true" or "false") || item.Evidence?.Length > ChecklistFields.EvidenceMaxLength)
        {
            return false;
        }

        var done = item.Done is null ? (bool?)null : item.Done == "true";
        var evidenceChanged = item.Evidence is not null && SeenToken.Hash(item.Evidence) != seen.EvidenceHash;
        change = new ChecklistChange(item.Id, indicator.Number)
        {
            Done = done is { } value && value != seen.Done ? value : null,
            DoneRevision = seen.DoneRevision,
            Evidence = evidenceChanged ? item.Evidence!.Trim() : null,
            EvidenceRevision = seen.EvidenceRevision,
        };
        return true;
    }
}
