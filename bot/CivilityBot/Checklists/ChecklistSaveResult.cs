namespace CivilityBot.Checklists;

/// <summary>The outcome of a save. <see cref="Replayed"/>: this activity was already applied, nothing changed now.</summary>
public sealed record ChecklistSaveResult(IReadOnlyList<ChecklistChangeOutcome> Outcomes, bool Replayed)
{
    public int AppliedCount => Outcomes.Count(outcome => outcome.Applied);

    public IEnumerable<ChecklistChangeOutcome> Conflicts => Outcomes.Where(outcome => outcome.HasConflict);
}
