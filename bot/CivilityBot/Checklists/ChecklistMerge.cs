using System.Globalization;

namespace CivilityBot.Checklists;

/// <summary>The optimistic-concurrency rule of a save, kept apart from storage so every store applies it alike.</summary>
public static class ChecklistMerge
{
    /// <summary>
    /// Applies <paramref name="change"/> to <paramref name="current"/>. A field is written only when its value differs and
    /// the user's revision is current; a differing value over a moved revision is a conflict and is not written.
    /// </summary>
    public static (ChecklistChangeOutcome Outcome, ChecklistAuditEntry? Audit) Apply(
        ChecklistItemState? current, ChecklistChange change, ChecklistSave save)
    {
        var before = current ?? ChecklistItemState.Untouched(change.SubCriterionId, change.IndicatorNumber);
        var (writeDone, doneConflict) = Decide(change.Done is { } done && done != before.Done, change.DoneRevision, before.DoneRevision);
        var evidence = NormalizeEvidence(change.Evidence);
        var (writeEvidence, evidenceConflict) = Decide(
            change.Evidence is not null && evidence != before.Evidence, change.EvidenceRevision, before.EvidenceRevision);
        if (!writeDone && !writeEvidence)
        {
            return (new ChecklistChangeOutcome(before, false, doneConflict, evidenceConflict), null);
        }

        var after = before with
        {
            Done = writeDone ? change.Done!.Value : before.Done,
            DoneRevision = writeDone ? before.DoneRevision + 1 : before.DoneRevision,
            Evidence = writeEvidence ? evidence : before.Evidence,
            EvidenceRevision = writeEvidence ? before.EvidenceRevision + 1 : before.EvidenceRevision,
            ChangedByName = save.Actor.Name,
            ChangedByAadObjectId = save.Actor.AadObjectId,
            ChangedAt = save.At,
        };
        return (new ChecklistChangeOutcome(after, true, doneConflict, evidenceConflict), AuditOf(before, after, save));
    }

    /// <summary>
    /// Evidence as stored: trimmed, and null rather than empty; text of nothing but spaces and invisible format characters
    /// (U+200B, U+FEFF, …, pasted along with text) is empty too, so it never counts as a written description.
    /// </summary>
    public static string? NormalizeEvidence(string? evidence) =>
        evidence is null || evidence.All(c => char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            ? null
            : evidence.Trim();

    private static (bool Write, bool Conflict) Decide(bool differs, int seenRevision, int storedRevision) =>
        !differs ? (false, false) : seenRevision == storedRevision ? (true, false) : (false, true);

    private static ChecklistAuditEntry AuditOf(ChecklistItemState before, ChecklistItemState after, ChecklistSave save) => new()
    {
        SubCriterionId = after.Id,
        IndicatorNumber = after.IndicatorNumber,
        ActorName = save.Actor.Name,
        ActorAadObjectId = save.Actor.AadObjectId,
        At = save.At,
        OldDone = before.Done,
        NewDone = after.Done,
        OldEvidence = before.Evidence,
        NewEvidence = after.Evidence,
        Source = save.Source,
        ActivityId = save.ActivityId,
    };
}
