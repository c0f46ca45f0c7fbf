namespace CivilityBot.Cards.Checklists;

/// <summary>Data keys and input ids on checklist cards.</summary>
public static class ChecklistFields
{

    /// <summary>Whose checklist the card shows.</summary>
    public const string Person = "person";

    /// <summary>The 1-based page of that person's checklist.</summary>
    public const string Page = "page";

    /// <summary>The card's language: <see cref="English"/>, else Chinese.</summary>
    public const string Language = "lang";

    public const string English = "en";

    /// <summary>The sub-criterion ids on the card, comma separated.</summary>
    public const string Items = "items";

    /// <summary>Prefix of the per-item data field holding what the card showed (see the bot's SeenToken).</summary>
    public const string SeenPrefix = "seen:";

    public const string DonePrefix = "done:";

    public const string EvidencePrefix = "evidence:";

    /// <summary>The send batch a preview card confirms or cancels.</summary>
    public const string Batch = "batch";

    public const int EvidenceMaxLength = 500;


    public static string Seen(string subCriterionId) => SeenPrefix + subCriterionId;

    public static string Done(string subCriterionId) => DonePrefix + subCriterionId;

    public static string Evidence(string subCriterionId) => EvidencePrefix + subCriterionId;
}
