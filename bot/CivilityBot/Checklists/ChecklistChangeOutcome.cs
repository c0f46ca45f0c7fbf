namespace CivilityBot.Checklists;

/// <summary>What happened to one requested change; <see cref="State"/> is the stored state afterwards.</summary>
public sealed record ChecklistChangeOutcome(ChecklistItemState State, bool Applied, bool DoneConflict, bool EvidenceConflict)
{
    public bool HasConflict => DoneConflict || EvidenceConflict;
}
