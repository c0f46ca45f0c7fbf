using CivilityBot.Storage;
using LiteDB;

namespace CivilityBot.Evidence;

public sealed class LiteDbEvidenceReviewStore : IEvidenceReviewStore
{
    private readonly ILiteCollection<EvidenceRequirement> _requirements;
    private readonly ILiteCollection<EvidenceReview> _reviews;

    public LiteDbEvidenceReviewStore(BotDatabase database)
    {
        _requirements = database.Collection<EvidenceRequirement>("evidence_requirements");
        _reviews = database.Collection<EvidenceReview>("evidence_reviews");
    }

    public IReadOnlyDictionary<string, EvidenceRequirement> Requirements() => _requirements.FindAll().ToDictionary(item => item.Id, StringComparer.Ordinal);

    public void SetRequirement(EvidenceRequirement requirement) => _requirements.Upsert(requirement);

    public IReadOnlyDictionary<string, EvidenceReview> Reviews() => _reviews.FindAll().ToDictionary(item => item.Id, StringComparer.Ordinal);

    public void SetReview(EvidenceReview review) => _reviews.Upsert(review);
}
