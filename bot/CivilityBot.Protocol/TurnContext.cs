using CivilityBot.Protocol.Schema;

namespace CivilityBot.Protocol;

/// <summary>One inbound activity being handled, and the way to answer it.</summary>
public sealed class TurnContext
{
    private readonly Func<IConnectorClient>? connectorFactory;
    private IConnectorClient? connector;
    private List<Activity>? bufferedActivities;

    public TurnContext(Activity activity, IConnectorClient connector, bool serviceUrlVerified = false)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(connector);
        Activity = activity;
        this.connector = connector;
        ServiceUrlVerified = serviceUrlVerified;
    }

    // The endpoint creates the connector only when the turn sends something: most turns never do.
    internal TurnContext(Activity activity, Func<IConnectorClient> connectorFactory, bool serviceUrlVerified)
    {
        Activity = activity;
        this.connectorFactory = connectorFactory;
        ServiceUrlVerified = serviceUrlVerified;
    }

    public Activity Activity { get; }

    /// <summary>The request's token named <see cref="Activity.ServiceUrl"/>, so it is safe to store for proactive sends.</summary>
    public bool ServiceUrlVerified { get; }

    /// <summary>The answer to an invoke; none set means 400 NotSupported for the channel.</summary>
    public AdaptiveCardInvokeResponse? InvokeResponse { get; set; }

    /// <summary>Activities held back for the HTTP answer because the caller asked for <c>expectReplies</c>.</summary>
    public IReadOnlyList<Activity> BufferedActivities => bufferedActivities ?? (IReadOnlyList<Activity>)[];

    internal List<Activity>? Buffered => bufferedActivities;

    private IConnectorClient Connector => connector ??= connectorFactory!();

    private bool ExpectsReplies =>
        string.Equals(Activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);

    /// <summary>
    /// Sends <paramref name="activity"/> into this conversation: as a reply when <see cref="Activity.ReplyToId"/>
    /// is set, else appended. Returns null when the activity was buffered for an <c>expectReplies</c> answer.
    /// </summary>
    public async Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Address(activity);
        if (ExpectsReplies)
        {
            Buffer(activity);
            return null;
        }

        var (serviceUrl, conversationId) = Route(activity);
        return string.IsNullOrEmpty(activity.ReplyToId)
            ? await Connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken)
            : await Connector.ReplyToActivityAsync(serviceUrl, conversationId, activity.ReplyToId, activity, cancellationToken);
    }

    /// <summary>Replaces the bot message whose id is <see cref="Activity.Id"/> (e.g. to update a card for everyone).</summary>
    public async Task UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrEmpty(activity.Id, nameof(activity));
        Address(activity);
        if (ExpectsReplies)
        {
            Buffer(activity);
            return;
        }

        var (serviceUrl, conversationId) = Route(activity);
        await Connector.UpdateActivityAsync(serviceUrl, conversationId, activity.Id, activity, cancellationToken);
    }

    private void Address(Activity activity)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.From ??= Activity.Recipient;
        activity.Recipient ??= Activity.From;
        activity.Conversation ??= Activity.Conversation;
        activity.ServiceUrl ??= Activity.ServiceUrl;
        activity.ChannelId ??= Activity.ChannelId;
    }

    private void Buffer(Activity activity)
    {
        bufferedActivities ??= [];
        bufferedActivities.Add(activity);
    }

    private static (string ServiceUrl, string ConversationId) Route(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            throw new InvalidOperationException("The activity has no serviceUrl or conversation id to send to.");
        }

        return (activity.ServiceUrl, activity.Conversation.Id);
    }
}
