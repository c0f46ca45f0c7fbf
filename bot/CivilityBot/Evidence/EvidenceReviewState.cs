namespace CivilityBot.Evidence;

/// <summary>A coordinator's verdict on a sub-criterion's evidence.</summary>
public enum EvidenceReviewState
{
    /// <summary>通过.</summary>
    Accepted,

    /// <summary>退回: the owner must add or fix evidence.</summary>
    Returned,
}
