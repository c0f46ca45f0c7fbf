using CivilityBot.Checklists;
using CivilityBot.Knowledge;

namespace CivilityBot.Evidence;

/// <summary>
/// Reads the evidence of sub-criteria against their requirements: coordinator-set, else the default by evaluation
/// method (材料审核: one document and a description; 实地考察: two photos and a description; both: all of it; any
/// other method: a description). The description is the checklist's evidence field.
/// </summary>
public sealed class EvidenceLedger(IPlan plan, IEvidenceStore files, IEvidenceReviewStore reviews, IChecklistStore checklist)
{
    public const string DocumentReview = "材料审核";

    public const string SiteVisit = "实地考察";

    /// <summary>The default requirement of an indicator's sub-criteria.</summary>
    public static EvidenceRequirement DefaultFor(string subCriterionId, Indicator indicator) => new()
    {
        Id = subCriterionId,
        Photos = indicator.Methods.Contains(SiteVisit) ? 2 : 0,
        Documents = indicator.Methods.Contains(DocumentReview) ? 1 : 0,
        Description = true,
    };

    public EvidenceRequirement RequirementOf(string subCriterionId) =>
        reviews.Requirements().GetValueOrDefault(subCriterionId)
        ?? DefaultFor(subCriterionId, plan.Current.IndicatorOf(subCriterionId) ?? throw new ArgumentException($"Unknown sub-criterion {subCriterionId}", nameof(subCriterionId)));

    public EvidenceStatus StatusOf(string subCriterionId) =>
        Status(subCriterionId, files.FilesOf(subCriterionId), reviews.Requirements(), reviews.Reviews(), checklist.Find(subCriterionId)?.Evidence);

    /// <summary>Every sub-criterion of the campaign, in campaign order, read from one snapshot of each store.</summary>
    public IReadOnlyList<EvidenceStatus> All()
    {
        var byItem = files.AllFiles().ToLookup(file => file.SubCriterionId, StringComparer.Ordinal);
        var (requirements, latest, states) = (reviews.Requirements(), reviews.Reviews(), checklist.All());
        return [.. plan.Current.Indicators.SelectMany(indicator => indicator.SubCriteria).Select(item =>
            Status(item.Id, [.. byItem[item.Id]], requirements, latest, states.GetValueOrDefault(item.Id)?.Evidence))];
    }

    private EvidenceStatus Status(
        string id, IReadOnlyList<EvidenceFile> current, IReadOnlyDictionary<string, EvidenceRequirement> requirements,
        IReadOnlyDictionary<string, EvidenceReview> latest, string? description)
    {
        var requirement = requirements.GetValueOrDefault(id) ?? DefaultFor(id, plan.Current.IndicatorOf(id)!);
        return new EvidenceStatus(id, current, requirement, !string.IsNullOrWhiteSpace(description), latest.GetValueOrDefault(id));
    }
}
