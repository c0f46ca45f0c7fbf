using CivilityBot.Knowledge.Rounds;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Knowledge.Rounds;

/// <summary>The round store contract against LiteDB on a temp file.</summary>
public sealed class LiteDbRoundStoreContractTests : RoundStoreContractTests, IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    protected override IRoundStore Store() => new LiteDbRoundStore(_db.Database);
}
