namespace CivilityBot.Protocol.Schema;

/// <summary>Content types of attachments and of Universal Action invoke answers.</summary>
public static class AttachmentContentTypes
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string ActivityMessage = "application/vnd.microsoft.activity.message";
    public const string Error = "application/vnd.microsoft.error";
}
