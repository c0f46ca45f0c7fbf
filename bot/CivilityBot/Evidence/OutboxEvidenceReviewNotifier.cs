using CivilityBot.Cards.Model;
using CivilityBot.Knowledge;
using CivilityBot.Outreach;

namespace CivilityBot.Evidence;

/// <summary>
/// Tells each owner of a reviewed sub-criterion through the outbox: one queued batch (kind 佐证审核) with a short card
/// naming the item, the verdict, the reviewer and the comment, and a button to open the checklist. The outbox sends it
/// in the background and accounts for each delivery like any other batch.
/// </summary>
public sealed class OutboxEvidenceReviewNotifier(IOutbox outbox, OutboxSignal signal, BureauClock clock) : IEvidenceReviewNotifier
{
    public Task NotifyAsync(EvidenceReviewNotice notice, CancellationToken cancellationToken)
    {
        if (notice.Owners.Count == 0)
        {
            return Task.CompletedTask;
        }

        var accepted = notice.Review.State == EvidenceReviewState.Accepted;
        var verdict = accepted ? "已通过审核" : "被退回，请补充后重新上传";
        var summary = $"{notice.SubCriterionId} 的佐证材料{verdict}";
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock($"佐证审核：{notice.SubCriterionId}") { Size = CardStyles.Large, Weight = CardStyles.Bolder },
                new TextBlock(notice.SubCriterionText),
                new FactSet(
                [
                    new Fact("结果", accepted ? "通过" : "退回"),
                    new Fact("审核人", $"{notice.Review.ReviewedBy} · {clock.Format(notice.Review.ReviewedAt)}"),
                    new Fact("意见", notice.Review.Comment ?? "无"),
                ]),
            ],
        };
        var json = CardJson.Serialize(card);
        outbox.Enqueue(
            new OutboxBatch
            {
                Kind = OutboxKinds.EvidenceReview,
                CreatedBy = notice.Review.ReviewedBy,
                CreatedAt = clock.UtcNow,
                AudienceText = string.Join("、", notice.Owners),
                Note = summary,
                StatusMessage = null,
            },
            [.. notice.Owners.Select(owner => new OutboxDelivery { Id = string.Empty, PersonName = owner, Summary = summary, CardJson = json })]);
        signal.Notify();
        return Task.CompletedTask;
    }
}
