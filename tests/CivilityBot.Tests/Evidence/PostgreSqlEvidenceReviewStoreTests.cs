using CivilityBot.Evidence;
using CivilityBot.Storage.PostgreSql;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Evidence;

/// <summary>The contract on PostgreSQL, plus what only a shared database shows: a review made on one instance read on another.</summary>
public sealed class PostgreSqlEvidenceReviewStoreTests : EvidenceReviewStoreContractTests, IClassFixture<PostgreSqlTestDatabase>
{
    private readonly PostgreSqlTestDatabase _db;

    public PostgreSqlEvidenceReviewStoreTests(PostgreSqlTestDatabase db)
    {
        _db = db;
        db.Truncate();
        Store = new PostgreSqlEvidenceReviewStore(db.Database);
    }

    protected override IEvidenceReviewStore Store { get; }

    [Fact]
    public void A_review_and_a_requirement_set_on_one_instance_are_read_at_once_on_another_that_had_them_cached()
    {
        var other = new PostgreSqlEvidenceReviewStore(_db.Database);
        Assert.Empty(other.Reviews());
        Assert.Empty(other.Requirements());

        Store.SetReview(new EvidenceReview { Id = "16.1", State = EvidenceReviewState.Accepted, ReviewedBy = "周敬军", ReviewedAt = T0, FileCount = 2 });
        Store.SetRequirement(new EvidenceRequirement { Id = "16.1", Photos = 2, SetBy = "刘斌", SetAt = T0 });

        Assert.Equal(EvidenceReviewState.Accepted, other.Reviews()["16.1"].State);
        Assert.Equal(2, other.Requirements()["16.1"].Photos);
    }

    [Fact]
    public void Within_a_pinned_turn_the_reviewer_sees_the_review_just_made()
    {
        var versions = new PostgreSqlStoreVersions(_db.Database);
        var mine = new PostgreSqlEvidenceReviewStore(_db.Database, versions);
        using var turn = versions.PinForTurn();
        Assert.Empty(mine.Reviews());

        mine.SetReview(new EvidenceReview { Id = "16.1", State = EvidenceReviewState.Returned, Comment = "照片不清楚", ReviewedBy = "周敬军", ReviewedAt = T0 });

        Assert.Equal("照片不清楚", mine.Reviews()["16.1"].Comment);
    }
}
