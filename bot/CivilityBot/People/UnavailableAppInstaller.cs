namespace CivilityBot.People;

/// <summary>The installer when Graph cannot install: says why, installs nothing.</summary>
public sealed class UnavailableAppInstaller(string reason) : IAppInstaller
{
    /// <summary>21Vianet's Graph has no <c>POST /users/{id}/teamwork/installedApps</c> (learn.microsoft.com/graph/api/userteamwork-post-installedapps, national cloud table).</summary>
    public const string ChinaCloud = "世纪互联（中国区）的 Microsoft Graph 不支持为用户安装应用，请让他们在 Teams 中打开一次机器人";

    /// <summary>Graph is on but <c>Graph:TeamsAppCatalogId</c> is empty.</summary>
    public const string NoCatalogId = "管理员设置 Graph:TeamsAppCatalogId（机器人在组织应用目录中的 ID）后可自动为他们安装机器人（见 README）";

    public bool IsAvailable => false;

    public string? UnavailableReason => reason;

    public Task<AppInstallOutcome> InstallAsync(string personName, string aadObjectId, CancellationToken ct) =>
        Task.FromResult(AppInstallOutcome.Refused(reason));
}
