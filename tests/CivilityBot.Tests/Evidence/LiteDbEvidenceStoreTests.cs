using CivilityBot.Evidence;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Evidence;

/// <summary>The evidence store contract against LiteDB on a temp file with a temp files folder.</summary>
public sealed class LiteDbEvidenceStoreTests : EvidenceStoreContractTests, IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"civilitybot-evidence-{Guid.NewGuid():N}");

    public LiteDbEvidenceStoreTests() => Store = new LiteDbEvidenceStore(_database.Database, _root);

    protected override IEvidenceStore Store { get; }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
