namespace CivilityBot.Uploads;

/// <summary>A purpose that says one thing about several files sent together ("已保存 2 个文件到 16.1").</summary>
public interface IUploadBatchPurpose
{
    /// <summary>The receipt shown for all of <paramref name="receipts"/> (one per file, in the order sent; at least one).</summary>
    UploadReceipt Summarise(UploadRequest request, IReadOnlyList<UploadReceipt> receipts);
}
