using CivilityBot.Storage;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.People;

public sealed class LiteDbDirectoryRecordStoreTests : DirectoryRecordStoreContractTests, IDisposable
{
    private readonly TempDatabase _db = new();
    private BotDatabase? _reopened;

    protected override IDirectoryRecordStore NewStore() => new LiteDbDirectoryRecordStore(_reopened ?? _db.Database);

    protected override IDirectoryRecordStore Reopen()
    {
        _db.Database.Dispose();
        _reopened = new BotDatabase(_db.Path);
        return NewStore();
    }

    public void Dispose()
    {
        _reopened?.Dispose();
        _db.Dispose();
    }
}
