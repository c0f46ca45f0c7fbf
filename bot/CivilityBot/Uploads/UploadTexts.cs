using System.Globalization;

namespace CivilityBot.Uploads;

/// <summary>What the upload page and chat replies say about incoming files, in Chinese.</summary>
public static class UploadTexts
{
    public const string LinkInvalid = "上传链接无效或已过期。请回到 Teams 重新获取：佐证材料在清单上点「上传佐证」，人员名单发送「导入名单」。";

    public const string LinkClaimed = "这个上传链接已在另一台设备或浏览器上使用，只能由收到它的本人使用。请回到 Teams 重新获取（在清单上点「上传佐证」，或发送「导入名单」）。";

    public const string NotMultipart = "没有收到文件。请在上传页面选择文件后再点「上传」。";

    public const string NoFiles = "没有收到文件。请先选择要上传的文件。";

    public const string CutOff = "上传中断，文件没有收完整，本次上传的文件都没有保存。请检查网络后重新上传。";

    public const string UnknownPurpose = "这个上传链接已不再使用。请回到 Teams 重新获取。";

    public static string TooMany(int limit) => $"一次最多上传 {limit} 个文件，本次没有保存任何文件。请分批上传。";

    public static string TooLarge(string name, long limit) => $"「{name}」超过单个文件 {Size(limit)} 的上限，本次没有保存任何文件。";

    public static string Empty(string name) => $"「{name}」是空文件，本次没有保存任何文件。";

    public static string BadName(string name) => $"文件名「{name}」含有路径符号或控制字符，请改名后再上传，本次没有保存任何文件。";

    public static string NotAllowed(string name, IEnumerable<string> extensions) =>
        $"「{name}」的文件类型不在允许范围内（允许：{string.Join("、", extensions.Select(extension => extension.TrimStart('.')))}），本次没有保存任何文件。";

    /// <summary>A byte count as people read it: "500 MB", "1.5 GB", "12 KB".</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{(bytes / (double)(1L << 30)).ToString("0.#", CultureInfo.InvariantCulture)} GB",
        >= 1L << 20 => $"{(bytes / (double)(1L << 20)).ToString("0.#", CultureInfo.InvariantCulture)} MB",
        >= 1L << 10 => $"{(bytes / (double)(1L << 10)).ToString("0.#", CultureInfo.InvariantCulture)} KB",
        _ => $"{bytes} 字节",
    };

    public static string DownloadFailed(string name) => $"没能从 Teams 取到「{name}」的完整内容，本次没有保存任何文件。请重新发送，或用上传链接上传。";

    public const string ChatOnlyPersonal = "请在与我的单独聊天中发送文件：群聊和频道里的文件我收不到。";

    public const string ChatNotOnRoster = "您还不在名单上，我不知道该把文件记到哪里。请联系协调员。";

    public static string ChatNothingPending(int minutes) =>
        $"收到了文件，但不知道它是做什么用的，文件没有保存。请先告诉我用途，{minutes} 分钟内再发送文件：导入人员名单请先发送「导入名单」；上传佐证请先发送「上传佐证 16.1」（换成您的子项编号）。";

    public static string ChatTooMany(int limit) => $"一次最多发送 {limit} 个文件，本次没有保存任何文件。请分批发送。";

    public static string Pending(string title, int minutes) =>
        $"请在 {minutes} 分钟内把{title}作为文件直接发到这个单独聊天里（点输入框下方的「附加」），或者点下面的按钮在网页上上传。";

    public static string PendingInChat(string title, int minutes) =>
        $"好的，请在 {minutes} 分钟内把{title}作为文件直接发到这个单独聊天里（点输入框下方的「附加」）。";
}
