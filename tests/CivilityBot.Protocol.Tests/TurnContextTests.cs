using System.Text.Json;
using CivilityBot.Protocol.Schema;
using CivilityBot.Protocol.Tests.Fakes;

namespace CivilityBot.Protocol.Tests;

public sealed class TurnContextTests
{
    private readonly RecordingConnector connector = new();

    [Fact]
    public async Task SendActivityAsync_WithoutAddress_FillsItFromTheInboundActivity()
    {
        var turn = new TurnContext(Inbound(), connector);

        await turn.SendActivityAsync(new Activity { Text = "提醒" }, CancellationToken.None);

        var (operation, serviceUrl, conversationId, _, sent) = Assert.Single(connector.Calls);
        Assert.Equal("send", operation);
        Assert.Equal(TestActivities.ServiceUrl, serviceUrl);
        Assert.Equal(TestActivities.ConversationId, conversationId);
        Assert.Equal(ActivityTypes.Message, sent.Type);
        Assert.Equal(TestActivities.BotId, sent.From?.Id);
        Assert.Equal(TestActivities.UserId, sent.Recipient?.Id);
        Assert.Equal("msteams", sent.ChannelId);
    }

    [Fact]
    public async Task SendActivityAsync_WithReplyToId_Replies()
    {
        var turn = new TurnContext(Inbound(), connector);

        var result = await turn.SendActivityAsync(turn.Activity.CreateReply("好的"), CancellationToken.None);

        var call = Assert.Single(connector.Calls);
        Assert.Equal(("reply", "1575667808184"), (call.Operation, call.ActivityId));
        Assert.Equal("r-1", result?.Id);
    }

    [Fact]
    public async Task UpdateActivityAsync_ReplacesTheNamedMessage()
    {
        var turn = new TurnContext(Inbound(), connector);

        await turn.UpdateActivityAsync(new Activity { Id = "card-message-1", Text = "已更新" }, CancellationToken.None);

        var call = Assert.Single(connector.Calls);
        Assert.Equal(("update", "card-message-1"), (call.Operation, call.ActivityId));
    }

    [Fact]
    public async Task SendAndUpdate_WhenRepliesAreExpected_OnlyBuffer()
    {
        var inbound = Inbound();
        inbound.DeliveryMode = DeliveryModes.ExpectReplies;
        var turn = new TurnContext(inbound, connector);

        var result = await turn.SendActivityAsync(new Activity { Text = "一" }, CancellationToken.None);
        await turn.UpdateActivityAsync(new Activity { Id = "x", Text = "二" }, CancellationToken.None);

        Assert.Null(result);
        Assert.Empty(connector.Calls);
        Assert.Equal(["一", "二"], turn.BufferedActivities.Select(a => a.Text));
    }

    private static Activity Inbound() =>
        JsonSerializer.Deserialize(TestActivities.Message().ToJsonString(), ProtocolJsonContext.Default.Activity)!;

    private sealed class RecordingConnector : IConnectorClient
    {
        public List<(string Operation, string ServiceUrl, string ConversationId, string? ActivityId, Activity Activity)> Calls { get; } = [];

        public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
            Record("send", serviceUrl, conversationId, null, activity);

        public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
            Record("reply", serviceUrl, conversationId, activityId, activity);

        public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
            Record("update", serviceUrl, conversationId, activityId, activity);

        public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        private Task<ResourceResponse> Record(string operation, string serviceUrl, string conversationId, string? activityId, Activity activity)
        {
            Calls.Add((operation, serviceUrl, conversationId, activityId, activity));
            return Task.FromResult(new ResourceResponse { Id = "r-" + Calls.Count });
        }
    }
}
