namespace CivilityBot.Cards.Checklists;

/// <summary>
/// One sub-criterion on a checklist card. <see cref="Seen"/> is the bot's opaque record of what the card shows,
/// sent back on save so a stale card cannot overwrite newer values.
/// </summary>
public sealed record ChecklistItemModel(string Id, string Label, bool Done, string? Evidence, string LastChange, string Seen)
{
    /// <summary>Evidence files, requirement and review; null when the evidence feature is not in use.</summary>
    public ChecklistItemEvidenceModel? EvidenceFiles { get; init; }
}
