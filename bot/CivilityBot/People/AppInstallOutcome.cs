namespace CivilityBot.People;

/// <summary>How installing the bot for one person ended: the 1:1 chat id when installed or already there, else why not (Chinese).</summary>
public sealed record AppInstallOutcome(InstallStatus Status, string? ChatId, string? Reason)
{
    public bool Succeeded => Status is InstallStatus.Installed or InstallStatus.AlreadyInstalled && !string.IsNullOrEmpty(ChatId);

    public static AppInstallOutcome Refused(string reason) => new(InstallStatus.Refused, null, reason);
}
