namespace CivilityBot.Protocol.Schema;

/// <summary>Wire values of <see cref="Activity.DeliveryMode"/>; unknown values mean <see cref="Normal"/>.</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string Notification = "notification";
    public const string ExpectReplies = "expectReplies";
    public const string Ephemeral = "ephemeral";
}
