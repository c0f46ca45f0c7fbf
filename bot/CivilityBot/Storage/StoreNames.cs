namespace CivilityBot.Storage;

/// <summary>The stores whose data instances cache, as named in <see cref="IStoreVersions"/> (rows of <c>store_versions</c>).</summary>
public static class StoreNames
{
    /// <summary>Identity links and coordinator roles (<c>IPeopleStore</c>).</summary>
    public const string People = "people";

    /// <summary>Plan corrections (<c>IPlanStore</c>).</summary>
    public const string Plan = "plan";

    /// <summary>Checklist states (<c>IChecklistStore</c>).</summary>
    public const string Checklists = "checklists";

    /// <summary>Conversation references (<c>IConversationReferenceStore</c>).</summary>
    public const string ConversationReferences = "conversation_references";
}
