namespace CivilityBot.Cards.Checklists;

/// <summary>Card verbs and data keys of evidence review on checklist cards.</summary>
public static class EvidenceVerbs
{
    /// <summary>A coordinator accepts a sub-criterion's evidence (data: person, page, item; input: the comment).</summary>
    public const string Accept = "evidence.accept";

    /// <summary>A coordinator returns a sub-criterion's evidence (data as <see cref="Accept"/>; a comment is required).</summary>
    public const string Return = "evidence.return";

    /// <summary>
    /// The owner will send the item's evidence as files in personal chat (data: item): the next files sent there within
    /// the pending time go to it.
    /// </summary>
    public const string ChatUpload = "evidence.chat-upload";

    /// <summary>The data key naming the sub-criterion a review button is for.</summary>
    public const string Item = "item";

    /// <summary>Prefix of the comment input id per sub-criterion.</summary>
    public const string CommentPrefix = "review:";

    public const int CommentMaxLength = 300;

    public static string Comment(string subCriterionId) => CommentPrefix + subCriterionId;
}
