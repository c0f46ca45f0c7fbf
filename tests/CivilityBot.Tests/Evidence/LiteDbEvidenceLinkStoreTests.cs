using CivilityBot.Evidence;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Evidence;

public sealed class LiteDbEvidenceLinkStoreTests : EvidenceLinkStoreContractTests, IDisposable
{
    private readonly TempDatabase _db = new();

    public LiteDbEvidenceLinkStoreTests() => Store = OtherInstance();

    protected override IEvidenceLinkStore Store { get; }

    protected override IEvidenceLinkStore OtherInstance() => new LiteDbEvidenceLinkStore(_db.Database);

    public void Dispose() => _db.Dispose();
}
