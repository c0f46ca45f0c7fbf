using CivilityBot.Knowledge;

namespace CivilityBot.Evidence;

/// <summary>What evidence review says, Chinese first.</summary>
public static class ReviewTexts
{
    public static string CoordinatorsOnly(ReplyLanguage language) => language == ReplyLanguage.English
        ? "Only coordinators (the supervision group) can review evidence. Nothing was changed."
        : "只有协调员（督查考核组）可以审核佐证，本次未做任何更改。";

    public static string InvalidCard(ReplyLanguage language) => language == ReplyLanguage.English
        ? "This card is out of date. Open the checklist again."
        : "这张卡片已失效，请重新打开清单。";

    public static string ReturnNeedsComment(string itemId, ReplyLanguage language) => language == ReplyLanguage.English
        ? $"To return {itemId}, write in the comment what is missing or wrong. Nothing was changed."
        : $"退回 {itemId} 时请在审核意见里写明需要补充或修改什么，本次未做任何更改。";

    public static string NothingToAccept(string itemId, ReplyLanguage language) => language == ReplyLanguage.English
        ? $"{itemId} has no evidence files yet, so there is nothing to accept. Nothing was changed."
        : $"{itemId} 还没有佐证文件，无法审核通过，本次未做任何更改。";

    public static string CommentTooLong(int limit, ReplyLanguage language) => language == ReplyLanguage.English
        ? $"The comment is longer than {limit} characters. Nothing was changed."
        : $"审核意见超过 {limit} 字，请精简后再提交，本次未做任何更改。";

    public static string Reviewed(string itemId, EvidenceReviewState state, ReplyLanguage language) => (state, language) switch
    {
        (EvidenceReviewState.Accepted, ReplyLanguage.English) => $"Evidence of {itemId} accepted; the owners see it on their checklist.",
        (_, ReplyLanguage.English) => $"Evidence of {itemId} returned; the owners see your comment on their checklist.",
        (EvidenceReviewState.Accepted, _) => $"已将 {itemId} 的佐证标记为通过，责任人在清单上可以看到。",
        _ => $"已退回 {itemId} 的佐证，责任人在清单上可以看到您的意见。",
    };
}
