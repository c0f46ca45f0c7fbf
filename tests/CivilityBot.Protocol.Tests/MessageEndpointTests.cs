using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivilityBot.Protocol.Schema;
using CivilityBot.Protocol.Tests.Fakes;

namespace CivilityBot.Protocol.Tests;

/// <summary>Protocol doc §1 and §6 items 14–19: what the channel gets back from /api/messages.</summary>
public sealed class MessageEndpointTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task GET_is_answered_405()
    {
        var response = await host.Client.GetAsync(new Uri("/api/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(0, host.Bot.CallCount);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("""{"type":"message"} trailing""")]
    [InlineData("""{"text":"no type"}""")]
    [InlineData("""{"type":""}""")]
    public async Task Unreadable_bodies_and_missing_type_are_answered_400(string body)
    {
        var response = await host.PostRawAsync(body, "Bearer " + host.Token());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, host.Bot.CallCount);
    }

    [Fact]
    public async Task An_oversized_body_is_answered_413()
    {
        var response = await host.PostWithTokenAsync(TestActivities.Message(text: new string('长', 100_000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, host.Bot.CallCount);
    }

    [Fact]
    public async Task A_message_is_answered_200_with_an_empty_body()
    {
        var response = await host.PostWithTokenAsync(TestActivities.Message());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("你好", Assert.Single(host.Bot.Turns).Activity.Text);
    }

    [Fact]
    public async Task A_handler_that_defers_its_slow_work_is_acknowledged_at_once()
    {
        var slowWork = new TaskCompletionSource();
        host.Bot.OnTurn = (_, _) =>
        {
            _ = slowWork.Task.ContinueWith(_ => { }, TaskScheduler.Default);
            return Task.CompletedTask;
        };

        var response = await host.PostWithTokenAsync(TestActivities.Message());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(slowWork.Task.IsCompleted);
    }

    [Fact]
    public async Task A_slow_message_turn_is_still_acknowledged_within_the_channel_budget()
    {
        var release = new TaskCompletionSource();
        host.Bot.OnTurn = (_, _) => release.Task;
        var started = host.Now;

        var pending = host.PostWithTokenAsync(TestActivities.Message());
        var budget = await host.Time.WaitForTimerAsync(due => due > TimeSpan.Zero);
        host.Time.Advance(budget - TimeSpan.FromMilliseconds(1));
        Assert.False(pending.IsCompleted);
        host.Time.Advance(TimeSpan.FromMilliseconds(1));

        var response = await pending;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(host.Now - started, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(14));
        Assert.False(release.Task.IsCompleted);
        release.SetResult();
    }

    [Fact]
    public async Task A_valid_card_action_is_answered_200_with_only_the_invoke_response_body()
    {
        using var card = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[]}""");
        host.Bot.OnTurn = (turn, _) =>
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponse.Card(card.RootElement.Clone());
            return Task.CompletedTask;
        };

        var response = await host.PostWithTokenAsync(TestActivities.Invoke(InvokeNames.AdaptiveCardAction, TestActivities.ExecuteAction()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(["statusCode", "type", "value"], body.Select(p => p.Key).Order());
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string)body["type"]!);
        Assert.Equal("1.5", (string)body["value"]!["version"]!);
    }

    [Fact]
    public async Task A_handled_card_action_that_failed_still_answers_HTTP_200_with_the_outcome_in_the_body()
    {
        host.Bot.OnTurn = (turn, _) =>
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponse.Error(500, "Unexpected", "出错了");
            return Task.CompletedTask;
        };

        var response = await host.PostWithTokenAsync(TestActivities.Invoke(InvokeNames.AdaptiveCardAction, TestActivities.ExecuteAction()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(500, (int)body["statusCode"]!);
        Assert.Equal("出错了", (string)body["value"]!["message"]!);
    }

    [Fact]
    public async Task An_invoke_the_bot_does_not_answer_gets_400_NotSupported()
    {
        var response = await host.PostWithTokenAsync(TestActivities.Invoke("task/fetch", new JsonObject()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("NotSupported", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]!);
        Assert.Equal(1, host.Bot.CallCount);
    }

    [Fact]
    public async Task A_card_action_of_type_Action_Submit_is_answered_NotSupported_without_running_the_bot()
    {
        var response = await host.PostWithTokenAsync(
            TestActivities.Invoke(InvokeNames.AdaptiveCardAction, TestActivities.ExecuteAction("Action.Submit")));

        await AssertInvokeErrorAsync(response, "NotSupported");
    }

    [Theory]
    [InlineData(null, "BadRequest")]
    [InlineData("\"just text\"", "BadRequest")]
    [InlineData("{\"trigger\":\"manual\"}", "BadRequest")]
    public async Task A_malformed_card_action_is_answered_BadRequest(string? value, string expectedCode)
    {
        var response = await host.PostWithTokenAsync(
            TestActivities.Invoke(InvokeNames.AdaptiveCardAction, value is null ? null : JsonNode.Parse(value)));

        await AssertInvokeErrorAsync(response, expectedCode);
    }

    [Fact]
    public async Task ExpectReplies_returns_the_replies_in_the_body_and_calls_no_connector()
    {
        host.Bot.OnTurn = async (turn, ct) =>
        {
            await turn.SendActivityAsync(turn.Activity.CreateReply("第一条"), ct);
            await turn.SendActivityAsync(new Activity { Text = "第二条" }, ct);
        };
        var activity = TestActivities.Message();
        activity["deliveryMode"] = "expectReplies";

        var response = await host.PostWithTokenAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("第一条", body, StringComparison.Ordinal);
        var replies = JsonNode.Parse(body)!["activities"]!.AsArray();
        Assert.Equal(["第一条", "第二条"], replies.Select(r => (string)r!["text"]!));
        Assert.Equal(TestActivities.UserId, (string)replies[1]!["recipient"]!["id"]!);
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task Replies_in_a_normal_turn_go_to_the_connector_with_the_bot_token()
    {
        host.Bot.OnTurn = (turn, ct) => turn.SendActivityAsync(turn.Activity.CreateReply("收到"), ct);

        await host.PostWithTokenAsync(TestActivities.Message());

        var sent = Assert.Single(host.Connector.Requests);
        Assert.Equal(
            "https://smba.trafficmanager.net/emea/v3/conversations/a%3A1xyzPersonalChat/activities/1575667808184",
            sent.Uri.AbsoluteUri);
        Assert.StartsWith("Bearer bot-token-", sent.Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_activity_types_and_fields_are_accepted_and_kept()
    {
        var activity = TestActivities.Message();
        activity["type"] = "someFutureType";
        activity["futureField"] = new JsonObject { ["nested"] = 42 };
        activity["deliveryMode"] = "expectReplies";
        host.Bot.OnTurn = (turn, ct) => turn.SendActivityAsync(turn.Activity, ct);

        var response = await host.PostWithTokenAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echoed = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]![0]!;
        Assert.Equal(42, (int)echoed["futureField"]!["nested"]!);
    }

    [Fact]
    public async Task A_failing_handler_is_answered_500_without_details_and_logged()
    {
        host.Bot.OnTurn = (_, _) => throw new InvalidOperationException("database exploded at line 42");

        var response = await host.PostWithTokenAsync(TestActivities.Message());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(host.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error
            && e.Message.Contains("database exploded", StringComparison.Ordinal));
    }

    private async Task AssertInvokeErrorAsync(HttpResponseMessage response, string expectedCode)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.error", (string)body["type"]!);
        Assert.Equal(expectedCode, (string)body["value"]!["code"]!);
        Assert.Equal(0, host.Bot.CallCount);
    }
}
