using System.Globalization;

namespace CivilityBot.Evidence;

/// <summary>What the upload page and the cards say about evidence, in Chinese (the upload page is Chinese only).</summary>
public static class EvidenceTexts
{
    public const string LinkInvalid = "上传链接无效或已过期。请在 Teams 里打开清单，点「刷新」后再点「上传佐证」。";

    public const string LinkClaimed = "这个上传链接已在另一台设备或浏览器上使用，只能由收到它的本人使用。请在 Teams 里点「上传佐证」重新获取。";

    public const string NotMultipart = "没有收到文件。请在上传页面选择文件后再点「上传」。";

    public const string NoFiles = "没有收到文件。请先选择要上传的文件。";

    public const string CutOff = "上传中断，文件没有收完整，本次上传的文件都没有保存。请检查网络后重新上传。";

    public const string NotOwner = "这个子项不是您负责的，不能为它上传佐证。";

    public static string TooMany(int limit) => $"一次最多上传 {limit} 个文件，本次没有保存任何文件。请分批上传。";

    public static string TooLarge(string name, long limit) => $"「{name}」超过单个文件 {Size(limit)} 的上限，本次没有保存任何文件。";

    public static string Empty(string name) => $"「{name}」是空文件，本次没有保存任何文件。";

    public static string BadName(string name) => $"文件名「{name}」含有路径符号或控制字符，请改名后再上传，本次没有保存任何文件。";

    public static string NotAllowed(string name, IEnumerable<string> allowed) =>
        $"「{name}」的文件类型不在允许范围内（允许：{string.Join("、", allowed)}），本次没有保存任何文件。";

    public static string Contradicts(string name, string sniffed) =>
        $"「{name}」的内容与扩展名不符（内容是 {sniffed} 文件），请确认文件后再上传，本次没有保存任何文件。";

    public static string Unrecognised(string name) =>
        $"无法识别「{name}」的文件内容，只能上传照片、PDF、Word、Excel、PPT、音频和视频文件，本次没有保存任何文件。";

    public static string Saved(int count, string subCriterionId) => $"已保存 {count} 个文件到 {subCriterionId}。回到 Teams 点「刷新」即可在清单上看到。";

    /// <summary>A byte count as people read it: "500 MB", "1.5 GB", "12 KB".</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{(bytes / (double)(1L << 30)).ToString("0.#", CultureInfo.InvariantCulture)} GB",
        >= 1L << 20 => $"{(bytes / (double)(1L << 20)).ToString("0.#", CultureInfo.InvariantCulture)} MB",
        >= 1L << 10 => $"{(bytes / (double)(1L << 10)).ToString("0.#", CultureInfo.InvariantCulture)} KB",
        _ => $"{bytes} 字节",
    };
}
