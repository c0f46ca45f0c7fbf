namespace CivilityBot.Checklists;

/// <summary>The outcome of a checklist save; <see cref="Save"/> is set when it reached the store.</summary>
public sealed record EditResult(EditStatus Status, ChecklistSaveResult? Save = null)
{
    public static EditResult Invalid { get; } = new(EditStatus.Invalid);

    public static EditResult NotAllowed { get; } = new(EditStatus.NotAllowed);

    public static EditResult NoChanges { get; } = new(EditStatus.Saved, new ChecklistSaveResult([], Replayed: false));
}
