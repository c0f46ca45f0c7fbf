namespace CivilityBot.Protocol.Schema;

/// <summary>Wire values of <see cref="Activity.Type"/>.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string MessageReaction = "messageReaction";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string EndOfConversation = "endOfConversation";
}
