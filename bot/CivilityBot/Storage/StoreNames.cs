namespace CivilityBot.Storage;

/// <summary>The stores whose data instances cache, as named in <see cref="IStoreVersions"/> (rows of <c>store_versions</c>).</summary>
public static class StoreNames
{
    /// <summary>Identity links and coordinator roles (<c>IPeopleStore</c>).</summary>
    public const string People = "people";

    /// <summary>Plan corrections (<c>IPlanStore</c>).</summary>
    public const string Plan = "plan";

    /// <summary>Checklist states of round 1 (<c>IChecklistStore</c>); other rounds' are named by <see cref="ChecklistsOf"/>.</summary>
    public const string Checklists = "checklists";

    /// <summary>The name of round <paramref name="roundId"/>'s checklist states: "checklists" for round 1, "checklists_r2", … after.</summary>
    public static string ChecklistsOf(int roundId) =>
        roundId <= 1 ? Checklists : Checklists + "_r" + roundId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Current evidence files (<c>IEvidenceStore</c>).</summary>
    public const string EvidenceFiles = "evidence_files";

    /// <summary>Evidence requirements and reviews (<c>IEvidenceReviewStore</c>).</summary>
    public const string EvidenceReviews = "evidence_reviews";

    /// <summary>Conversation references (<c>IConversationReferenceStore</c>).</summary>
    public const string ConversationReferences = "conversation_references";
}
