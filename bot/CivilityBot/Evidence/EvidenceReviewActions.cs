using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Model;
using CivilityBot.Checklists;
using CivilityBot.Conversations;
using CivilityBot.Knowledge;
using CivilityBot.People;
using CivilityBot.Protocol.Schema;
using CivilityBot.Turns;

namespace CivilityBot.Evidence;

/// <summary>
/// 通过 / 退回 on a checklist item: a coordinator's review of its evidence, stored, audited, passed to the
/// <see cref="IEvidenceReviewNotifier"/>, and answered with the refreshed checklist card.
/// </summary>
public sealed class EvidenceReviewActions(
    IPlan plan, EvidenceLedger ledger, IEvidenceReviewStore reviews, IEvidenceStore files,
    IEvidenceReviewNotifier notifier, ChecklistCardComposer composer, TimeProvider time) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [EvidenceVerbs.Accept, EvidenceVerbs.Return];

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        var sender = action.Sender;
        var language = action.GetString(ChecklistFields.Language) == ChecklistFields.English ? ReplyLanguage.English : ReplyLanguage.Chinese;
        var item = action.GetString(EvidenceVerbs.Item) is { } id ? plan.Current.FindSubCriterion(id) : null;
        var person = action.GetString(ChecklistFields.Person);
        if (!sender.IsCoordinator || sender.PersonName is not { } reviewer)
        {
            return AdaptiveCardInvokeResponse.Message(ReviewTexts.CoordinatorsOnly(language));
        }

        if (item is null || person is null || action.GetNumber(ChecklistFields.Page) is not { } page)
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", ReviewTexts.InvalidCard(language));
        }

        var view = new ChecklistView(person, page, reviewer, language);
        var comment = (action.GetString(EvidenceVerbs.Comment(item.Id)) ?? "").Trim();
        var state = action.Verb == EvidenceVerbs.Accept ? EvidenceReviewState.Accepted : EvidenceReviewState.Returned;
        var refusal = Refusal(item.Id, state, comment, language);
        if (refusal is not null)
        {
            return Card(view with { Note = refusal, NoteIsWarning = true });
        }

        var review = Review(item.Id, state, comment, reviewer);
        await notifier.NotifyAsync(Notice(item, review), cancellationToken);
        return Card(view with { Note = ReviewTexts.Reviewed(item.Id, state, language) });
    }

    private string? Refusal(string itemId, EvidenceReviewState state, string comment, ReplyLanguage language) =>
        comment.Length > EvidenceVerbs.CommentMaxLength ? ReviewTexts.CommentTooLong(EvidenceVerbs.CommentMaxLength, language)
        : state == EvidenceReviewState.Returned && comment.Length == 0 ? ReviewTexts.ReturnNeedsComment(itemId, language)
        : state == EvidenceReviewState.Accepted && ledger.StatusOf(itemId).Files.Count == 0 ? ReviewTexts.NothingToAccept(itemId, language)
        : null;

    private EvidenceReview Review(string itemId, EvidenceReviewState state, string comment, string reviewer)
    {
        var status = ledger.StatusOf(itemId);
        var review = new EvidenceReview
        {
            Id = itemId,
            State = state,
            Comment = comment.Length == 0 ? null : comment,
            ReviewedBy = reviewer,
            ReviewedAt = time.GetUtcNow(),
            FileCount = status.Files.Count,
            LastFileNumber = status.LastFileNumber,
        };
        reviews.SetReview(review);
        files.AppendAudit(new EvidenceAuditEntry
        {
            SubCriterionId = itemId,
            Action = EvidenceAuditActions.Review,
            Actor = reviewer,
            At = review.ReviewedAt,
            Detail = $"{(state == EvidenceReviewState.Accepted ? "通过" : "退回")}（{status.Files.Count} 个文件）{comment}",
        });
        return review;
    }

    private EvidenceReviewNotice Notice(SubCriterion item, EvidenceReview review) =>
        new(item.Id, item.Text, [.. (plan.Current.IndicatorOf(item.Id)?.Owners ?? []).Select(owner => owner.Person).Distinct()], review);

    private AdaptiveCardInvokeResponse Card(ChecklistView view) =>
        composer.Compose(view) is { } composed
            ? CardActionReplies.Card(composed.Card)
            : AdaptiveCardInvokeResponse.Message(ChecklistTexts.NothingOwned(view.PersonName, view.Language));
}
