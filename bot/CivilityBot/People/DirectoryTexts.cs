namespace CivilityBot.People;

/// <summary>What coordinators read about the directory and installation, in Chinese.</summary>
public static class DirectoryTexts
{
    public const string NoAddress = "名单中没有此人的邮箱或 UPN，无法在通讯录中查找";
    public const string LookupFailed = "查询通讯录失败，下次同步时自动重试";
    public const string Conflict = "通讯录中的账号与已关联的账号不同，请协调员核对（可用“关联”命令更正）";

    /// <summary>Shown where people cannot be reached because they never opened the bot and Graph is off.</summary>
    public const string GraphHint = "管理员配置 Graph 后可自动为他们安装机器人（见 README“Reaching everyone through Microsoft Graph”一节）";

    public static string NotFound(string address) => $"通讯录中找不到（{address}）";

    public static string Left(string address) => $"通讯录中已没有此人（{address}），可能已离职或更换了邮箱";

    public static string Ambiguous(string address, int matches) => $"通讯录中有 {matches} 个账号使用 {address}，无法确定是哪一个";

    /// <summary>"通讯录显示名由 A 改为 B；科室由 C 改为 D", or null when the previous sync saw the same or nothing.</summary>
    public static string? Changes(DirectoryRecord previous, DirectoryUser user)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(user);
        if (previous.Status != DirectoryStatus.Found && previous.Status != DirectoryStatus.Conflict)
        {
            return null;
        }

        var changes = new List<string>();
        if (previous.DisplayName != user.DisplayName)
        {
            changes.Add($"通讯录显示名由“{previous.DisplayName}”改为“{user.DisplayName}”");
        }

        if (previous.Department != user.Department)
        {
            changes.Add($"科室由“{previous.Department}”改为“{user.Department}”");
        }

        return changes.Count == 0 ? null : string.Join("；", changes);
    }

    /// <summary>One person's installation outcome, e.g. 已自动安装 / 原已安装 / 安装被拒绝：….</summary>
    public static string? Install(DirectoryRecord record) => record?.Install switch
    {
        InstallStatus.Installed => "已自动安装机器人",
        InstallStatus.AlreadyInstalled => "原已安装机器人",
        InstallStatus.Refused => "自动安装未成功：" + record.InstallReason,
        _ => null,
    };
}
