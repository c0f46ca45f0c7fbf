using CivilityBot.Evidence;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Evidence;

public sealed class LiteDbEvidenceReviewStoreTests : EvidenceReviewStoreContractTests, IDisposable
{
    private readonly TempDatabase _db = new();

    public LiteDbEvidenceReviewStoreTests() => Store = new LiteDbEvidenceReviewStore(_db.Database);

    protected override IEvidenceReviewStore Store { get; }

    public void Dispose() => _db.Dispose();
}
