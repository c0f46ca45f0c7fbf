using CivilityBot.Evidence;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.Evidence;

/// <summary>
/// The evidence store contract on PostgreSQL (records) with a temp content folder (bytes), plus what only a shared
/// database shows: files added and removed on one instance are listed at once on another.
/// </summary>
public sealed class PostgreSqlEvidenceStoreTests : EvidenceStoreContractTests, IClassFixture<PostgreSqlTestDatabase>, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"civilitybot-evidence-{Guid.NewGuid():N}");
    private readonly PostgreSqlTestDatabase _db;

    public PostgreSqlEvidenceStoreTests(PostgreSqlTestDatabase db)
    {
        _db = db;
        db.Truncate();
        Store = new PostgreSqlEvidenceStore(db.Database, new EvidenceContentFolder(_root));
    }

    protected override IEvidenceStore Store { get; }

    [Fact]
    public async Task Files_added_and_removed_on_one_instance_are_listed_at_once_on_another_that_had_them_cached()
    {
        var other = new PostgreSqlEvidenceStore(_db.Database, new EvidenceContentFolder(_root));
        Assert.Empty(other.FilesOf("16.1"));

        var plan = await AddAsync("16.1", "方案.pdf", EvidenceSamples.Pdf(2_000), EvidenceTypeSniffer.Pdf, "汪珂吉");
        var photo = await AddAsync("16.1", "现场.png", EvidenceSamples.Png(), EvidenceTypeSniffer.Png, "汪珂吉");
        Assert.Equal(["方案.pdf", "现场.png"], other.FilesOf("16.1").Select(file => file.OriginalName));

        Assert.True(Store.Remove(plan.Id, "汪珂吉", T0));
        Assert.Equal([photo.Id], other.AllFiles().Select(file => file.Id));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
