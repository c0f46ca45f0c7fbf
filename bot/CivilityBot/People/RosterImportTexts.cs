namespace CivilityBot.People;

/// <summary>What the staff list import says, in Chinese.</summary>
public static class RosterImportTexts
{
    public const string Title = "人员名单";

    public const string EmptyFile = "文件里没有人员：第一行应是表头（姓名、科室、邮箱或 UPN，可选角色），从第二行起每行一人。";

    public const string Unreadable = "无法读取这个文件。请用 Excel 另存为 .xlsx 或 .csv（逗号分隔）后再上传。";

    public const string NoName = "缺少姓名";

    public const string NoAddress = "缺少邮箱或 UPN";

    public const string NotContent = "文件内容与扩展名不符：.xlsx 应是 Excel 工作簿，.csv 应是文本表格。请用 Excel 另存后再上传，本次没有保存任何文件。";

    public const string Expired = "这个预览已失效（找不到对应的导入）。请重新发送「导入名单」并上传文件。";

    public const string AlreadyDecided = "这个预览已经处理过了（已导入或已取消），没有再做更改。";

    public const string Stale = "在这个预览之后已有另一次导入生效，本次没有做任何更改。请重新上传文件查看最新的对比。";

    public const string Start =
        "请把人员名单（.xlsx 或 .csv）发到这个单独聊天里，或点下面的按钮在网页上上传。表头：姓名、科室、邮箱（或 UPN），可选 角色；每行一人。导入前会先给您看预览（新增、变更、移除、有问题的行），确认后才生效。";

    public const string StartInGroup =
        "请点下面的按钮在网页上上传人员名单（.xlsx 或 .csv）：群聊和频道里发送的文件我收不到。导入前会先在与我的单独聊天中给您看预览，确认后才生效。";

    public static string TooManyRows(int limit) => $"文件超过 {limit} 行，未读取。请确认选对了文件。";

    public static string MissingColumns(IEnumerable<string> columns) =>
        $"缺少必需的列：{string.Join("、", columns)}。表头应有 姓名、科室、邮箱（或 UPN），可选 角色。";

    public static string BadAddress(string address) => $"邮箱「{address}」不是有效的邮箱地址";

    public static string DuplicateName(string lines) => $"姓名重复（第 {lines} 行），这几行都未导入";

    public static string Previewed(RosterImportDraft draft) => draft.IsUnusable
        ? $"「{draft.FileName}」无法导入，名单没有任何更改：{draft.Errors[0]}"
        : $"已读取「{draft.FileName}」：新增 {draft.Added.Count} 人，变更 {draft.Changed.Count} 人，移除 {draft.Removed.Count} 人，有问题 {draft.Errors.Count} 行。名单还没有更改，请在 Teams 里查看预览并点「确认导入」。";

    public static string Applied(RosterImportDraft draft, string by) =>
        $"名单已导入（{by} 确认）：新增 {draft.Added.Count} 人，变更 {draft.Changed.Count} 人，移除 {draft.Removed.Count} 人。目录同步下次运行时会按新邮箱查找账号。";

    public static string Cancelled(string by) => $"已取消这次导入（{by}），名单没有任何更改。";

    /// <summary>What "removed" means, said once on every preview that removes someone.</summary>
    public const string RemovedMeans =
        "「移除」只是从导入的名单里去掉：目录同步不再按导入的邮箱查找此人，也不会再为其安装机器人；工作方案里写明的责任人、清单和已有的 Teams 关联都不变。";
}
