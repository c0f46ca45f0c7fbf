using CivilityBot.People;
using CivilityBot.Storage;
using CivilityBot.Tests.Storage;

namespace CivilityBot.Tests.People;

/// <summary>The <see cref="IDirectoryRecordStore"/> contract, run against LiteDB on a temp file (and across a reopen).</summary>
public sealed class DirectoryRecordStoreContractTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Save_ThenFind_ReturnsTheSameRecordAfterTheDatabaseIsReopened()
    {
        var record = new DirectoryRecord
        {
            Id = "汪珂吉", Address = "wangkj@yueyang.example", Status = DirectoryStatus.Found, AadObjectId = "aad-wang",
            DisplayName = "汪珂吉", Department = "办公室", CheckedAt = new DateTimeOffset(2023, 9, 15, 1, 0, 0, TimeSpan.Zero),
            Install = InstallStatus.AlreadyInstalled, InstallAt = new DateTimeOffset(2023, 9, 15, 2, 0, 0, TimeSpan.Zero),
        };
        new LiteDbDirectoryRecordStore(_db.Database).Save(record);
        _db.Database.Dispose();

        using var reopened = new BotDatabase(_db.Path);
        Assert.Equal(record, new LiteDbDirectoryRecordStore(reopened).Find("汪珂吉"));
    }

    [Fact]
    public void Update_APersonNeverLookedUp_StartsFromAnUnknownRecordAndKeepsTheChange()
    {
        var store = new LiteDbDirectoryRecordStore(_db.Database);

        store.Update("石勇", record => record with { Install = InstallStatus.Refused, InstallReason = InstallReasons.Forbidden });

        var saved = store.Find("石勇")!;
        Assert.Equal(DirectoryStatus.Unknown, saved.Status);
        Assert.Equal(InstallReasons.Forbidden, saved.InstallReason);
        Assert.Equal(["石勇"], store.All().Select(r => r.Id));
    }

    [Fact]
    public void Find_UnknownPerson_IsNull() => Assert.Null(new LiteDbDirectoryRecordStore(_db.Database).Find("nobody"));
}
