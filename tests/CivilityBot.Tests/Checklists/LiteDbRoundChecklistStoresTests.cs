using CivilityBot.Checklists;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Checklists;

/// <summary>The per-round checklist stores contract against LiteDB on a temp file.</summary>
public sealed class LiteDbRoundChecklistStoresTests : RoundChecklistStoresContractTests, IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    protected override IRoundChecklistStores Open() => new LiteDbRoundChecklistStores(_db.Database);
}
