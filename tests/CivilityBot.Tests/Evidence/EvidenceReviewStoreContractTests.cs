using CivilityBot.Evidence;

namespace CivilityBot.Tests.Evidence;

/// <summary>What every <see cref="IEvidenceReviewStore"/> must do; each storage technology runs it in a subclass.</summary>
public abstract class EvidenceReviewStoreContractTests
{
    protected static readonly DateTimeOffset T0 = new(2023, 9, 15, 2, 0, 0, TimeSpan.Zero);

    protected abstract IEvidenceReviewStore Store { get; }

    [Fact]
    public void SetRequirement_ReplacesTheSubCriterionsRequirement()
    {
        Store.SetRequirement(new EvidenceRequirement { Id = "16.1", Photos = 2, SetBy = "刘斌", SetAt = T0 });
        var replaced = new EvidenceRequirement { Id = "16.1", Photos = 1, Documents = 1, Description = true, SetBy = "郭立芳", SetAt = T0.AddHours(1) };
        Store.SetRequirement(replaced);

        Assert.Equal(replaced, Assert.Single(Store.Requirements()).Value);
    }

    [Fact]
    public void SetReview_KeepsTheLatestReviewPerSubCriterion()
    {
        var review = new EvidenceReview
        {
            Id = "16.1", State = EvidenceReviewState.Returned, Comment = "照片不清楚", ReviewedBy = "刘斌", ReviewedAt = T0, FileCount = 2, LastFileNumber = 7,
        };
        Store.SetReview(review with { Comment = "旧意见" });
        Store.SetReview(review);
        Store.SetReview(review with { Id = "17.1", State = EvidenceReviewState.Accepted, Comment = null });

        var reviews = Store.Reviews();
        Assert.Equal(review, reviews["16.1"]);
        Assert.Equal(EvidenceReviewState.Accepted, reviews["17.1"].State);
    }
}
