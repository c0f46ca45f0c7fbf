namespace CivilityBot.Evidence;

/// <summary>Per-sub-criterion evidence requirements set by coordinators, and the latest review of each.</summary>
public interface IEvidenceReviewStore
{
    /// <summary>Requirements coordinators set, by sub-criterion id (defaults are not stored).</summary>
    IReadOnlyDictionary<string, EvidenceRequirement> Requirements();

    void SetRequirement(EvidenceRequirement requirement);

    /// <summary>Latest reviews by sub-criterion id.</summary>
    IReadOnlyDictionary<string, EvidenceReview> Reviews();

    void SetReview(EvidenceReview review);
}
