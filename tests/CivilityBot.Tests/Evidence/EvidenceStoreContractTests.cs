using System.Security.Cryptography;
using CivilityBot.Evidence;

namespace CivilityBot.Tests.Evidence;

/// <summary>What every <see cref="IEvidenceStore"/> must do; each storage technology runs it in a subclass.</summary>
public abstract class EvidenceStoreContractTests
{
    protected static readonly DateTimeOffset T0 = new(2023, 9, 15, 2, 0, 0, TimeSpan.Zero);

    protected abstract IEvidenceStore Store { get; }

    [Fact]
    public async Task Add_StagedFile_KeepsBytesHashAndMetadataAndOneAuditLine()
    {
        var bytes = EvidenceSamples.Pdf(300_000);

        var file = await AddAsync("16.1", "方案.pdf", bytes, EvidenceTypeSniffer.Pdf, "汪珂吉");

        var found = Assert.Single(Store.FilesOf("16.1"));
        Assert.Equal(file, found);
        Assert.Equal(("方案.pdf", 300_000L, "pdf", EvidenceKind.Document, "汪珂吉", "汪珂吉", T0),
            (found.OriginalName, found.Size, found.TypeName, found.Kind, found.OwnerName, found.UploadedBy, found.UploadedAt));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), found.Sha256);
        Assert.Equal(bytes, await ReadAsync(found.Sha256));
        var audit = Assert.Single(Store.Audit("16.1"));
        Assert.Equal((EvidenceAuditActions.Upload, "汪珂吉", file.Id), (audit.Action, audit.Actor, audit.FileId));
    }

    [Fact]
    public async Task Add_SameContentTwice_KeepsTwoRecordsAndOneStoredContent()
    {
        var bytes = EvidenceSamples.Jpeg();

        var first = await AddAsync("16.1", "现场.jpg", bytes, EvidenceTypeSniffer.Jpeg, "汪珂吉");
        var second = await AddAsync("17.1", "同一张.jpg", bytes, EvidenceTypeSniffer.Jpeg, "宋伟");

        Assert.Equal(first.Sha256, second.Sha256);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(1, Store.StoredContentCount());
        Assert.Equal(2, Store.AllFiles().Count);
    }

    [Fact]
    public async Task StageAsync_ContentOverLimit_StopsAtLimitPlusOneAndNothingIsStoredAfterDispose()
    {
        using (var staged = await Store.StageAsync(new MemoryStream(EvidenceSamples.Pdf(10_000)), 4_096, CancellationToken.None))
        {
            Assert.True(staged.TooLarge);
            Assert.Equal(4_097, staged.Size);
            Assert.Throws<InvalidOperationException>(() => Store.Add(staged, Info("16.1", "大.pdf", EvidenceTypeSniffer.Pdf, "汪珂吉")));
        }

        Assert.Equal(0, Store.StoredContentCount());
        Assert.Empty(Store.AllFiles());
    }

    [Fact]
    public async Task StageAsync_StreamCutOff_ThrowsAndLeavesNothing()
    {
        await Assert.ThrowsAsync<IOException>(() => Store.StageAsync(new CutOffStream(EvidenceSamples.Pdf(200_000), 100_000), 1_000_000, CancellationToken.None));

        Assert.Equal(0, Store.StoredContentCount());
        Assert.Empty(Store.AllFiles());
    }

    [Fact]
    public async Task Remove_File_HidesItFromTheSubCriterionButKeepsRecordBytesAndAudit()
    {
        var file = await AddAsync("16.1", "现场.jpg", EvidenceSamples.Jpeg(), EvidenceTypeSniffer.Jpeg, "汪珂吉");

        Assert.True(Store.Remove(file.Id, "周敬军", T0.AddHours(1)));
        Assert.False(Store.Remove(file.Id, "周敬军", T0.AddHours(2)));

        Assert.Empty(Store.FilesOf("16.1"));
        Assert.Equal(("周敬军", T0.AddHours(1)), (Store.Find(file.Id)!.RemovedBy, Store.Find(file.Id)!.RemovedAt));
        Assert.Equal([EvidenceAuditActions.Upload, EvidenceAuditActions.Remove], Store.Audit("16.1").Select(entry => entry.Action));
        Assert.Equal(EvidenceSamples.Jpeg(), await ReadAsync(file.Sha256));
    }

    [Fact]
    public async Task Add_ConcurrentUploadsOfDifferentAndSameContent_LoseNothing()
    {
        var uploads = Enumerable.Range(0, 12).Select(i => Task.Run(() =>
            AddAsync("16.1", $"照片{i}.jpg", EvidenceSamples.Jpeg(4096, (byte)(i % 4)), EvidenceTypeSniffer.Jpeg, i % 2 == 0 ? "汪珂吉" : "宋伟")));

        await Task.WhenAll(uploads);

        Assert.Equal(12, Store.FilesOf("16.1").Count);
        Assert.Equal(4, Store.StoredContentCount());
        Assert.Equal(12, Store.Audit("16.1").Count);
    }

    [Fact]
    public void OpenContent_UnknownOrMalformedHash_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => Store.OpenContent(new string('a', 64)));
        Assert.Throws<FileNotFoundException>(() => Store.OpenContent("../../civilitybot.db"));
    }

    protected async Task<EvidenceFile> AddAsync(string subCriterionId, string name, byte[] bytes, EvidenceType type, string by)
    {
        using var staged = await Store.StageAsync(new MemoryStream(bytes), 10_000_000, CancellationToken.None);
        return Store.Add(staged, Info(subCriterionId, name, type, by));
    }

    private static EvidenceFileInfo Info(string subCriterionId, string name, EvidenceType type, string by) =>
        new(subCriterionId, name, type, by, by, T0);

    private async Task<byte[]> ReadAsync(string sha256)
    {
        await using var content = Store.OpenContent(sha256);
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    }
}
