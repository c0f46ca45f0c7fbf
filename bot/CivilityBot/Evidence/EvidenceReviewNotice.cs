namespace CivilityBot.Evidence;

/// <summary>What the owners of a sub-criterion are told after a review: the review and who they are (roster names).</summary>
public sealed record EvidenceReviewNotice(string SubCriterionId, string SubCriterionText, IReadOnlyList<string> Owners, EvidenceReview Review);
