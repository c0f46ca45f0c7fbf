using CivilityBot.Knowledge;
using CivilityBot.Turns;

namespace CivilityBot.People;

/// <summary>What the people commands say, Chinese first.</summary>
public static class PeopleReplies
{
    public static string NotOnRoster(ReplyLanguage language) => language == ReplyLanguage.English
        ? "You are not linked to anyone on the campaign roster yet. Please ask a coordinator to link your account."
        : "您的 Teams 账号还没有关联到工作方案名单中的人员，请联系协调员为您关联。";

    public static string CoordinatorsOnly(ReplyLanguage language) => language == ReplyLanguage.English
        ? "Only coordinators can do this. Please ask a coordinator in the leading group office."
        : "只有协调员可以进行此操作。需要的话，请联系领导小组办公室的协调员。";

    public static string RoleAwaitsVerifiedLink(ReplyLanguage language) => language == ReplyLanguage.English
        ? "Your account was linked by its display name only, which never carries the coordinator role. Ask another coordinator to link you (link <your name> <AAD object id>), or ask the administrator to set People:BootstrapCoordinators."
        : "您的账号只是按显示名自动关联的，按规定不能凭此行使协调员权限。请其他协调员为您确认关联（“关联 姓名 AAD对象ID”），或请管理员配置 People:BootstrapCoordinators。";

    /// <summary>Why someone who is not a coordinator is refused: not on the roster, role not in force, or not a coordinator.</summary>
    public static string NotCoordinator(SenderIdentity sender, ReplyLanguage language) =>
        !sender.IsOnRoster ? NotOnRoster(language)
        : sender.RoleAwaitsVerifiedLink ? RoleAwaitsVerifiedLink(language)
        : CoordinatorsOnly(language);

    public static string UnknownPerson(string name, ReplyLanguage language) => language == ReplyLanguage.English
        ? $"{name} is not on the campaign roster."
        : $"名单中没有“{name}”，请核对姓名。";

    public static string UnknownIdentity(ReplyLanguage language) => language == ReplyLanguage.English
        ? "I could not tell which Teams account you mean. Give an AAD object id, a Teams user id (29:…) or @mention the person."
        : "无法识别要关联的 Teams 账号。请提供 AAD 对象 ID、Teams 用户 ID（29:…），或 @提及 该同事。";

    public static string Linked(string name, string identity, ReplyLanguage language) => language == ReplyLanguage.English
        ? $"Linked {name} to {identity}."
        : $"已将 {name} 关联到账号 {identity}。";

    public static string IdentityTaken(string other, ReplyLanguage language) => language == ReplyLanguage.English
        ? $"That account is already linked to {other}. Unlink {other} first."
        : $"该账号已关联到 {other}，请先取消关联 {other}。";

    public static string Unlinked(string name, bool changed, ReplyLanguage language) => (changed, language) switch
    {
        (true, ReplyLanguage.English) => $"Unlinked {name}.",
        (false, ReplyLanguage.English) => $"{name} was not linked.",
        (true, _) => $"已取消 {name} 的账号关联。",
        _ => $"{name} 尚未关联账号。",
    };

    public static string Granted(string name, RoleChange change, ReplyLanguage language) => (change, language) switch
    {
        (RoleChange.Changed, ReplyLanguage.English) => $"{name} is now a coordinator.",
        (RoleChange.Changed, _) => $"已将 {name} 设为协调员。",
        (_, ReplyLanguage.English) => $"{name} is already a coordinator.",
        _ => $"{name} 已经是协调员。",
    };

    public static string Revoked(string name, RoleChange change, ReplyLanguage language) => (change, language) switch
    {
        (RoleChange.Changed, ReplyLanguage.English) => $"{name} is no longer a coordinator.",
        (RoleChange.Changed, _) => $"已取消 {name} 的协调员身份。",
        (RoleChange.LastCoordinator, ReplyLanguage.English) => $"{name} is the last coordinator; grant the role to someone else first.",
        (RoleChange.LastCoordinator, _) => $"{name} 是唯一的协调员，请先设置其他协调员。",
        (_, ReplyLanguage.English) => $"{name} is not a coordinator.",
        _ => $"{name} 不是协调员。",
    };

    public static string RosterTitle(ReplyLanguage language) => language == ReplyLanguage.English ? "Roster" : "人员名单";

    public static string RosterSummary(int people, int linked, int coordinators, ReplyLanguage language) => language == ReplyLanguage.English
        ? $"{people} people, {linked} linked to Teams, {coordinators} coordinators"
        : $"共 {people} 人，已关联 Teams 账号 {linked} 人，协调员 {coordinators} 人";
}
