using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivilityBot.Protocol.Schema;
using CivilityBot.Protocol.Tests.Fakes;

namespace CivilityBot.Protocol.Tests;

/// <summary>Protocol doc §3 and §6 items 21–25: calls to the Bot Connector REST API.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/teams/";
    private const string ChannelThreadId = "19:abc@thread.tacv2;messageid=1575667808184";
    private ConnectorTestServices harness = null!;

    public Task InitializeAsync()
    {
        harness = ConnectorTestServices.Create();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Send_posts_camelCase_json_without_nulls_to_the_conversation()
    {
        var result = await harness.Client.SendToConversationAsync(
            ServiceUrl, TestActivities.ConversationId, new Activity { Type = "message", Text = "提醒" }, CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://smba.trafficmanager.net/teams/v3/conversations/a%3A1xyzPersonalChat/activities", request.Uri.AbsoluteUri);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal("""{"type":"message","text":"提醒"}""", request.Body);
        Assert.Equal("sent-1", result.Id);
    }

    [Fact]
    public async Task Ids_with_colon_at_and_semicolon_are_percent_encoded_and_replies_name_the_activity()
    {
        var reply = new Activity { Type = "message", Text = "好的" };

        await harness.Client.ReplyToActivityAsync(ServiceUrl, ChannelThreadId, "f:1575/x", reply, CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal(
            "https://smba.trafficmanager.net/teams/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1575667808184/activities/f%3A1575%2Fx",
            request.Uri.AbsoluteUri);
        Assert.Equal("f:1575/x", (string)JsonNode.Parse(request.Body!)!["replyToId"]!);
    }

    [Fact]
    public async Task Update_puts_the_full_activity_under_its_id_and_delete_removes_it()
    {
        await harness.Client.UpdateActivityAsync(ServiceUrl, ChannelThreadId, "1575", new Activity { Type = "message" }, CancellationToken.None);
        await harness.Client.DeleteActivityAsync(ServiceUrl, ChannelThreadId, "1575", CancellationToken.None);

        var requests = harness.Connector.Requests.ToArray();
        Assert.Equal(HttpMethod.Put, requests[0].Method);
        Assert.Equal("1575", (string)JsonNode.Parse(requests[0].Body!)!["id"]!);
        Assert.Equal(HttpMethod.Delete, requests[1].Method);
        Assert.EndsWith("/activities/1575", requests[1].Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throttling_waits_for_Retry_After_before_the_next_attempt()
    {
        var attempts = 0;
        harness.Connector.Respond = _ => Interlocked.Increment(ref attempts) == 1
            ? Throttled(TimeSpan.FromSeconds(2))
            : FakeHttpHandler.Json(HttpStatusCode.OK, """{"id":"after-wait"}""");

        var sending = Send();
        var first = await harness.Connector.NextRequestAsync();
        await harness.Time.WaitForTimerAsync(due => due == TimeSpan.FromSeconds(2));
        harness.Time.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.Single(harness.Connector.Requests);
        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        var second = await harness.Connector.NextRequestAsync();

        Assert.Equal("after-wait", (await sending).Id);
        Assert.Equal(TimeSpan.FromSeconds(2), second.ReceivedAt - first.ReceivedAt);
    }

    [Fact]
    public async Task Throttling_gives_up_after_the_configured_attempts()
    {
        harness.Connector.Respond = _ => Throttled(TimeSpan.FromSeconds(2));

        var sending = Send();
        for (var retry = 0; retry < 3; retry++)
        {
            await harness.Connector.NextRequestAsync();
            await harness.Time.WaitForTimerAsync(due => due == TimeSpan.FromSeconds(2));
            harness.Time.Advance(TimeSpan.FromSeconds(2));
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() => sending);
        Assert.Equal(4, harness.Connector.Requests.Count);
        Assert.Equal(429, error.StatusCode);
        Assert.True(error.IsTransient);
        Assert.Equal(TimeSpan.FromSeconds(2), error.RetryAfter);
    }

    [Fact]
    public async Task A_long_Retry_After_is_handed_back_to_the_caller_instead_of_waited_out()
    {
        harness.Connector.Respond = _ => Throttled(TimeSpan.FromMinutes(2));

        var error = await Assert.ThrowsAsync<ConnectorException>(Send);

        Assert.Single(harness.Connector.Requests);
        Assert.True(error.IsTransient);
        Assert.Equal(TimeSpan.FromMinutes(2), error.RetryAfter);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Transient_failures_are_retried_with_backoff(HttpStatusCode status)
    {
        var attempts = 0;
        harness.Connector.Respond = _ => Interlocked.Increment(ref attempts) == 1
            ? new HttpResponseMessage(status)
            : FakeHttpHandler.Json(HttpStatusCode.OK, """{"id":"second-try"}""");

        var sending = Send();
        await harness.Connector.NextRequestAsync();
        var backoff = await harness.Time.WaitForTimerAsync(due => due > TimeSpan.Zero && due < TimeSpan.FromSeconds(30));
        harness.Time.Advance(backoff);

        Assert.Equal("second-try", (await sending).Id);
        Assert.InRange(backoff, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(3));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    public async Task Client_errors_are_not_retried(HttpStatusCode status)
    {
        harness.Connector.Respond = _ => FakeHttpHandler.Json(status, """{"error":{"code":"MessageSizeTooBig","message":"too big"}}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(Send);

        Assert.Single(harness.Connector.Requests);
        Assert.Equal((int)status, error.StatusCode);
        Assert.Equal("MessageSizeTooBig", error.ErrorCode);
        Assert.Equal("too big", error.Message);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task A_blocked_conversation_is_reported_as_MessageWritesBlocked()
    {
        harness.Connector.Respond = _ => FakeHttpHandler.Json(HttpStatusCode.Forbidden, """
            {"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot. {\"subCode\": \"MessageWritesBlocked\"}"}}
            """);

        var error = await Assert.ThrowsAsync<ConnectorException>(Send);

        Assert.Equal(403, error.StatusCode);
        Assert.Equal("MessageWritesBlocked", error.SubCode);
        Assert.True(error.IsMessageWritesBlocked);
        Assert.Single(harness.Connector.Requests);
    }

    [Fact]
    public async Task A_network_failure_is_retried_then_reported_as_transient()
    {
        harness.Connector.Respond = _ => throw new HttpRequestException(HttpRequestError.ConnectionError, "connection refused");

        var sending = Send();
        for (var retry = 0; retry < 3; retry++)
        {
            await harness.Connector.NextRequestAsync();
            harness.Time.Advance(await harness.Time.WaitForTimerAsync(due => due > TimeSpan.Zero && due < TimeSpan.FromSeconds(30)));
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() => sending);
        Assert.Equal(ErrorCodes.NetworkError, error.ErrorCode);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_message_cut_off_after_it_left_is_not_sent_again_and_its_outcome_is_unknown()
    {
        var requests = 0;
        harness.Connector.Respond = _ =>
        {
            Interlocked.Increment(ref requests);
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "the connection closed before the answer");
        };

        var error = await Assert.ThrowsAsync<ConnectorException>(Send);

        Assert.Equal(ErrorCodes.OutcomeUnknown, error.ErrorCode);
        Assert.False(error.IsTransient);
        Assert.Equal(1, requests);
    }

    [Theory]
    [InlineData("https://attacker.example.org/", false)]
    [InlineData("http://smba.trafficmanager.net/teams/", true)]
    [InlineData("not a url", true)]
    public async Task Nothing_and_no_token_is_sent_to_an_untrusted_serviceUrl(string serviceUrl, bool markedVerified)
    {
        if (markedVerified)
        {
            harness.Trust.MarkVerified(serviceUrl);
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(
            serviceUrl, TestActivities.ConversationId, new Activity { Type = "message" }, CancellationToken.None));

        Assert.Equal(ErrorCodes.UntrustedServiceUrl, error.ErrorCode);
        Assert.Empty(harness.Connector.Requests);
        Assert.Empty(harness.TokenService.Requests);
    }

    [Fact]
    public async Task A_serviceUrl_seen_on_an_authenticated_activity_becomes_trusted()
    {
        const string serviceUrl = "https://smba.canary.example.net/apac/" + TestActivities.TenantId + "/";
        var message = new Activity { Type = "message" };
        await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Client.SendToConversationAsync(serviceUrl, TestActivities.ConversationId, message, CancellationToken.None));

        harness.Trust.MarkVerified(serviceUrl);
        await harness.Client.SendToConversationAsync(serviceUrl, TestActivities.ConversationId, message, CancellationToken.None);

        Assert.StartsWith(serviceUrl + "v3/", Assert.Single(harness.Connector.Requests).Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_conversation_sends_bot_members_and_the_tenant_both_ways()
    {
        harness.Connector.Respond = _ => FakeHttpHandler.Json(HttpStatusCode.Created, """{"id":"a:new-chat"}""");
        using var channelData = JsonDocument.Parse($$$"""{"tenant":{"id":"{{{TestActivities.TenantId}}}"}}""");
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = TestActivities.BotId },
            Members = [new ChannelAccount { Id = TestActivities.UserId }],
            TenantId = TestActivities.TenantId,
            ChannelData = channelData.RootElement.Clone(),
        };

        var created = await harness.Client.CreateConversationAsync(ServiceUrl, parameters, CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("https://smba.trafficmanager.net/teams/v3/conversations", request.Uri.AbsoluteUri);
        var body = JsonNode.Parse(request.Body!)!;
        Assert.Equal(TestActivities.BotId, (string)body["bot"]!["id"]!);
        Assert.Equal(TestActivities.UserId, (string)body["members"]![0]!["id"]!);
        Assert.Equal(TestActivities.TenantId, (string)body["tenantId"]!);
        Assert.Equal(TestActivities.TenantId, (string)body["channelData"]!["tenant"]!["id"]!);
        Assert.Equal("a:new-chat", created.Id);
    }

    [Fact]
    public async Task All_members_are_read_page_by_page_until_no_continuation_token()
    {
        harness.Connector.Respond = request => FakeHttpHandler.Json(HttpStatusCode.OK, request.Uri.Query.Contains("continuationToken", StringComparison.Ordinal)
            ? """{"members":[{"id":"29:b","name":"李娜","objectId":"oid-b"}]}"""
            : """{"continuationToken":"page+2/=","members":[{"id":"29:a","name":"王强","objectId":"oid-a"}]}""");

        var members = await harness.Client.GetAllMembersAsync(ServiceUrl, ChannelThreadId, CancellationToken.None);

        Assert.Equal(["oid-a", "oid-b"], members.Select(m => m.AadObjectId));
        var second = harness.Connector.Requests.Last();
        Assert.EndsWith("/pagedmembers?pageSize=500&continuationToken=page%2B2%2F%3D", second.Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    // The real-time bound only turns a hang (a retry nobody advances the clock for) into a failure.
    private Task<ResourceResponse> Send() => harness.Client.SendToConversationAsync(
        ServiceUrl, TestActivities.ConversationId, new Activity { Type = "message", Text = "提醒" }, harness.Stopping)
        .WaitAsync(TimeSpan.FromSeconds(10));

    private static HttpResponseMessage Throttled(TimeSpan retryAfter)
    {
        var response = FakeHttpHandler.Json(HttpStatusCode.TooManyRequests, """{"error":{"code":"Throttled","message":"slow down"}}""");
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(retryAfter);
        return response;
    }
}
