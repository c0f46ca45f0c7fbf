using CivilityBot.Downloads;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Downloads;

public sealed class LiteDbDownloadLinkStoreTests : DownloadLinkStoreContractTests, IDisposable
{
    private readonly TempDatabase _db = new();

    public LiteDbDownloadLinkStoreTests() => Store = new LiteDbDownloadLinkStore(_db.Database);

    protected override IDownloadLinkStore Store { get; }

    public void Dispose() => _db.Dispose();
}
