using CivilityBot.Uploads;

namespace CivilityBot.Evidence;

/// <summary>What the upload page and the cards say about evidence, in Chinese (the upload page is Chinese only).</summary>
public static class EvidenceTexts
{
    public const string NotOwner = "这个子项不是您负责的，不能为它上传佐证。";

    public const string NotOwnerToRemove = "这个子项不是您负责的，不能删除或查看它的佐证文件。";

    public static string NoSuchItem(string id) => string.IsNullOrWhiteSpace(id)
        ? "没有看出是哪个子项。请在清单上点「上传佐证」，或发送「上传佐证 16.1」这样的编号。"
        : $"没有编号为 {id} 的子项。请在清单上点「上传佐证」，或发送「上传佐证 16.1」这样的编号。";

    public static string Contradicts(string name, string sniffed) =>
        $"「{name}」的内容与扩展名不符（内容是 {sniffed} 文件），请确认文件后再上传，本次没有保存任何文件。";

    public static string Unrecognised(string name) =>
        $"无法识别「{name}」的文件内容，只能上传照片、PDF、Word、Excel、PPT、音频和视频文件，本次没有保存任何文件。";

    public static string Saved(int count, string subCriterionId) => $"已保存 {count} 个文件到 {subCriterionId}。回到 Teams 点「刷新」即可在清单上看到。";

    /// <summary>A byte count as people read it: "500 MB", "1.5 GB", "12 KB".</summary>
    public static string Size(long bytes) => UploadTexts.Size(bytes);
}
