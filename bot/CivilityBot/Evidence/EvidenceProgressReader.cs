using CivilityBot.Checklists;

namespace CivilityBot.Evidence;

/// <summary>The evidence side of the progress card: which sub-criteria have complete and which accepted evidence.</summary>
public sealed class EvidenceProgressReader(EvidenceLedger ledger) : IProgressEvidence
{
    public EvidenceProgress Read()
    {
        var all = ledger.All();
        return new EvidenceProgress(
            all.Where(status => status.IsComplete).Select(status => status.SubCriterionId).ToHashSet(StringComparer.Ordinal),
            all.Where(status => status.IsAccepted).Select(status => status.SubCriterionId).ToHashSet(StringComparer.Ordinal));
    }
}
