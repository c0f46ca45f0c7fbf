namespace CivilityBot.Protocol.Schema;

/// <summary>HTTP body answering a <c>deliveryMode: expectReplies</c> activity.</summary>
public sealed class ExpectedReplies
{
    public List<Activity> Activities { get; set; } = [];
}
