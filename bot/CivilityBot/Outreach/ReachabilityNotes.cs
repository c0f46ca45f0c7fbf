using CivilityBot.People;

namespace CivilityBot.Outreach;

/// <summary>
/// The lines a send preview adds about installation: how many people get the bot installed first (Graph on), or, when
/// people are unreachable only because they never opened the bot, what an administrator can configure (Graph off).
/// </summary>
public sealed class ReachabilityNotes(IAppInstaller installer)
{
    public IReadOnlyList<string> For(IReadOnlyCollection<Reachability> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var notes = new List<string>();
        var viaInstall = recipients.Count(reach => reach.ViaInstall);
        if (viaInstall > 0)
        {
            notes.Add($"{viaInstall} 人从未打开过机器人：确认后先通过 Microsoft Graph 为他们安装机器人，再发送。");
        }

        var neverOpened = recipients.Count(reach => reach.ReasonCode is ProactiveReasons.NotInstalledCode or ProactiveReasons.NotLinkedCode);
        if (neverOpened > 0 && installer.UnavailableReason is { } reason)
        {
            notes.Add($"{neverOpened} 人从未打开过机器人，无法送达。{reason}。");
        }

        return notes;
    }
}
