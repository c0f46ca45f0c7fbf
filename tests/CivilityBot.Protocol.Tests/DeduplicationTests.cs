using System.Net;
using System.Text.Json.Nodes;
using CivilityBot.Protocol.Schema;
using CivilityBot.Protocol.Tests.Fakes;

namespace CivilityBot.Protocol.Tests;

/// <summary>A channel retry of the same activity must not run the bot twice, and must get the same answer.</summary>
public sealed class DeduplicationTests : IAsyncLifetime
{
    private BotTestHost host = null!;
    private int replies;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync(h => h.Settings["Bot:DeduplicationCapacity"] = "3");
        host.Bot.OnTurn = (turn, _) =>
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponse.Message("第" + Interlocked.Increment(ref replies) + "次");
            return Task.CompletedTask;
        };
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_repeated_activity_runs_once_and_gets_the_same_answer()
    {
        var first = await PostInvokeAsync("f:1");
        var second = await PostInvokeAsync("f:1");

        Assert.Equal(1, host.Bot.CallCount);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_activity_whose_id_is_longer_than_any_Teams_id_is_refused_before_the_bot_sees_it()
    {
        var id = new string('9', 5_000);

        var first = await PostInvokeAsync(id);
        var second = await PostInvokeAsync(id);

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(0, host.Bot.CallCount);
    }

    [Fact]
    public async Task A_repeat_arriving_while_the_first_still_runs_waits_for_its_answer()
    {
        var release = new TaskCompletionSource();
        host.Bot.OnTurn = async (turn, _) =>
        {
            await release.Task;
            turn.InvokeResponse = AdaptiveCardInvokeResponse.Message("完成");
        };

        var first = PostInvokeAsync("f:2");
        var second = PostInvokeAsync("f:2");
        await WaitForTurnAsync();
        release.SetResult();

        Assert.Equal("完成", Text(await (await first).Content.ReadAsStringAsync()));
        Assert.Equal("完成", Text(await (await second).Content.ReadAsStringAsync()));
        Assert.Equal(1, host.Bot.CallCount);
    }

    [Fact]
    public async Task A_repeat_of_a_failed_turn_gets_the_same_500()
    {
        host.Bot.OnTurn = (_, _) => throw new InvalidOperationException("boom");

        Assert.Equal(HttpStatusCode.InternalServerError, (await PostInvokeAsync("f:3")).StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, (await PostInvokeAsync("f:3")).StatusCode);
        Assert.Equal(1, host.Bot.CallCount);
    }

    [Fact]
    public async Task The_same_id_in_another_conversation_is_another_activity()
    {
        var other = TestActivities.Invoke(InvokeNames.AdaptiveCardAction, TestActivities.ExecuteAction(), "f:4");
        other["conversation"]!["id"] = "19:other@thread.v2";

        await PostInvokeAsync("f:4");
        await host.PostWithTokenAsync(other);

        Assert.Equal(2, host.Bot.CallCount);
    }

    [Fact]
    public async Task Activities_without_id_are_never_deduplicated()
    {
        await PostInvokeAsync(null);
        await PostInvokeAsync(null);

        Assert.Equal(2, host.Bot.CallCount);
    }

    [Fact]
    public async Task A_repeat_after_the_window_runs_again()
    {
        await PostInvokeAsync("f:5");
        host.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        var late = await PostInvokeAsync("f:5");

        Assert.Equal(2, host.Bot.CallCount);
        Assert.Equal("第2次", Text(await late.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Memory_stays_bounded_by_forgetting_the_oldest_activities()
    {
        foreach (var id in new[] { "a", "b", "c", "d", "a" })
        {
            await PostInvokeAsync(id);
        }

        Assert.Equal(5, host.Bot.CallCount);
    }

    [Fact]
    public async Task A_refused_request_does_not_poison_the_cache()
    {
        var activity = TestActivities.Invoke(InvokeNames.AdaptiveCardAction, TestActivities.ExecuteAction(), "f:6");
        await host.PostAsync(activity, "Bearer forged");

        var response = await PostInvokeAsync("f:6");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, host.Bot.CallCount);
    }

    private Task<HttpResponseMessage> PostInvokeAsync(string? id) =>
        host.PostWithTokenAsync(TestActivities.Invoke(InvokeNames.AdaptiveCardAction, TestActivities.ExecuteAction(), id));

    private async Task WaitForTurnAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (host.Bot.CallCount == 0)
        {
            await Task.Yield();
            timeout.Token.ThrowIfCancellationRequested();
        }
    }

    private static string Text(string body) => (string)JsonNode.Parse(body)!["value"]!;
}
