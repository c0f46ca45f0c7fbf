using CivilityBot.Tests.Storage;
using CivilityBot.Uploads;

namespace CivilityBot.Tests.Uploads;

/// <summary>The Uploads store contracts against LiteDB on a temp file.</summary>
public sealed class LiteDbUploadStoreContractTests : UploadStoreContractTests, IDisposable
{
    private readonly TempDatabase _db = new();
    private CivilityBot.Storage.BotDatabase? _reopened;

    public void Dispose()
    {
        _reopened?.Dispose();
        _db.Dispose();
    }

    protected override IUploadLinkStore CreateLinkStore() => new LiteDbUploadLinkStore(_db.Database);

    protected override IPendingUploadStore CreatePendingStore() => new LiteDbPendingUploadStore(_db.Database);

    protected override IUploadLinkStore ReopenLinkStore()
    {
        _db.Database.Dispose();
        _reopened = new CivilityBot.Storage.BotDatabase(_db.Path);
        return new LiteDbUploadLinkStore(_reopened);
    }
}
