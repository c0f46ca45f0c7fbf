namespace CivilityBot.Outreach;

/// <summary>Codes and Chinese reasons for sends that did not reach the person, shown to coordinators as they are.</summary>
public static class ProactiveReasons
{
    public const string NotLinkedCode = "NotLinked";
    public const string NotLinked = "尚未安装机器人（未与机器人对话过，无法关联 Teams 账号）";

    public const string NotInstalledCode = "NotInstalled";
    public const string NotInstalled = "尚未安装机器人（从未与机器人对话）";

    public const string NotInDirectoryCode = "NotInDirectory";

    public const string InstallRefusedCode = "InstallRefused";

    public const string NoServiceUrlCode = "NoServiceUrl";
    public const string NoServiceUrl = "还没有可用的 Teams 服务地址（世纪互联云没有全局地址）：待任意一人给机器人发过消息后再发送";

    public const string BlockedCode = "MessageWritesBlocked";
    public const string Blocked = "用户已屏蔽或卸载机器人";

    public const string Forbidden = "没有向该用户发消息的权限（可能已卸载机器人）";
    public const string NotFound = "用户或会话不存在";
    public const string Unauthorized = "机器人身份验证失败，请管理员检查机器人配置";
    public const string BadRequest = "Teams 拒绝了这条消息";
    public const string TooLarge = "消息内容过大，Teams 拒收";
    public const string Transient = "Teams 暂时繁忙，多次重试后仍未成功";
    public const string Network = "网络故障，未能连上 Teams";
    public const string Untrusted = "会话地址未经验证，为安全起见没有发送";
    public const string OutcomeUnknown = "已发出但 Teams 没有回应，无法确认是否送达；为避免重复没有自动重发";
    public const string Unknown = "发送失败，原因不明";
}
