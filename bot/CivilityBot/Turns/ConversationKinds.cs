using CivilityBot.Protocol.Schema;

namespace CivilityBot.Turns;

/// <summary>Teams' <c>conversation.conversationType</c> values: <c>personal</c> (1:1 with the bot), <c>groupChat</c>, <c>channel</c>.</summary>
public static class ConversationKinds
{
    public const string Personal = "personal";

    public const string GroupChat = "groupChat";

    public const string Channel = "channel";

    /// <summary>
    /// True for a group chat or a channel, where everyone in the conversation reads what the bot posts. A missing type is
    /// read as personal (the Bot Framework emulator and old clients send none, and they are 1:1).
    /// </summary>
    public static bool IsShared(Activity activity) =>
        activity.Conversation?.ConversationType is { Length: > 0 } type && !string.Equals(type, Personal, StringComparison.OrdinalIgnoreCase);
}
