using CivilityBot.Conversations;

namespace CivilityBot.Outreach;

/// <summary>
/// How a person will be reached: a stored conversation, a 1:1 chat to create, the bot to install for the Entra user
/// <see cref="InstallFor"/> through Graph, or not at all (and why).
/// </summary>
public sealed record ProactiveRoute(
    ConversationReferenceRecord? Existing,
    ProactiveNewChat? NewChat,
    Reachability Reachability)
{
    public static ProactiveRoute Stored(ConversationReferenceRecord reference) => new(reference, null, Reachability.Reachable);

    public static ProactiveRoute Create(ProactiveNewChat chat) => new(null, chat, Reachability.Reachable);

    public string? InstallFor { get; init; }

    public static ProactiveRoute Install(string aadObjectId) => new(null, null, Reachability.AfterInstall) { InstallFor = aadObjectId };

    public static ProactiveRoute None(string code, string reason) => new(null, null, new Reachability(false, code, reason));
}
