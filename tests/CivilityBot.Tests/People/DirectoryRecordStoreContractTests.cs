namespace CivilityBot.Tests.People;

/// <summary>The <see cref="IDirectoryRecordStore"/> contract; each storage technology runs it in a subclass (and across a reopen).</summary>
public abstract class DirectoryRecordStoreContractTests
{
    /// <summary>A new store object over the same data.</summary>
    protected abstract IDirectoryRecordStore NewStore();

    /// <summary>Closes the database and opens it again (a restart); returns a store over it.</summary>
    protected abstract IDirectoryRecordStore Reopen();

    [Fact]
    public void Save_ThenFind_ReturnsTheSameRecordAfterTheDatabaseIsReopened()
    {
        var record = new DirectoryRecord
        {
            Id = "汪珂吉", Address = "wangkj@yueyang.example", Status = DirectoryStatus.Found, AadObjectId = "aad-wang",
            DisplayName = "汪珂吉", Department = "办公室", CheckedAt = new DateTimeOffset(2023, 9, 15, 1, 0, 0, TimeSpan.Zero),
            Install = InstallStatus.AlreadyInstalled, InstallAt = new DateTimeOffset(2023, 9, 15, 2, 0, 0, TimeSpan.Zero),
        };
        NewStore().Save(record);

        Assert.Equal(record, Reopen().Find("汪珂吉"));
    }

    [Fact]
    public void Update_APersonNeverLookedUp_StartsFromAnUnknownRecordAndKeepsTheChange()
    {
        var store = NewStore();

        store.Update("石勇", record => record with { Install = InstallStatus.Refused, InstallReason = InstallReasons.Forbidden });

        var saved = store.Find("石勇")!;
        Assert.Equal(DirectoryStatus.Unknown, saved.Status);
        Assert.Equal(InstallReasons.Forbidden, saved.InstallReason);
        Assert.Equal(["石勇"], store.All().Select(r => r.Id));
    }

    [Fact]
    public void Find_UnknownPerson_IsNull() => Assert.Null(NewStore().Find("nobody"));
}
