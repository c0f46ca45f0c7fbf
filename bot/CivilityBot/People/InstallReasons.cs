namespace CivilityBot.People;

/// <summary>Why Graph did not install the bot for someone, in Chinese for coordinators (status codes per learn.microsoft.com/graph/errors).</summary>
public static class InstallReasons
{
    public const string NoChat = "已安装，但 Graph 没有给出与机器人的会话，暂时无法发送";
    public const string Network = "连接 Microsoft Graph 失败，下次发送时重试";
    public const string Forbidden = "没有安装权限：需管理员同意 TeamsAppInstallation.ReadWriteForUser.All，或组织的应用策略不允许此用户使用机器人";
    public const string NotFound = "Graph 找不到此用户或组织目录中的机器人（请核对 Graph:TeamsAppCatalogId）";
    public const string BadRequest = "Graph 拒绝了安装请求（此用户可能没有 Teams 许可证）";
    public const string Throttled = "Microsoft Graph 持续限流，多次重试后仍未成功，下次发送时重试";
    public const string Unauthorized = "Graph 身份验证失败，请管理员检查 Graph 配置";

    public static string ForStatus(int statusCode) => statusCode switch
    {
        400 => BadRequest,
        401 => Unauthorized,
        403 => Forbidden,
        404 => NotFound,
        429 => Throttled,
        _ => $"Microsoft Graph 返回错误（HTTP {statusCode}）",
    };
}
