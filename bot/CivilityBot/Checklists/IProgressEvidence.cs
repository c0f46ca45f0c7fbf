namespace CivilityBot.Checklists;

/// <summary>
/// Evidence counts for the progress card, supplied by the Evidence feature when it is registered; without it the
/// progress card shows ticks only and no charts.
/// </summary>
public interface IProgressEvidence
{
    EvidenceProgress Read();
}
