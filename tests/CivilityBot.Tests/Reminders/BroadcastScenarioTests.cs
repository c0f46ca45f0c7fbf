using CivilityBot.Protocol.Schema;
using CivilityBot.Cards.Reminders;
using CivilityBot.Conversations;
using CivilityBot.Reminders;
using CivilityBot.Storage;
using CivilityBot.Tests.Host;
using CivilityBot.Tests.Simulator;

namespace CivilityBot.Tests.Reminders;

/// <summary>Broadcasts through the Teams simulator: everyone accounted for, nothing twice, restarts and cancels behave.</summary>
public sealed class BroadcastScenarioTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly string _databasePath = BotApplication.NewDatabasePath();
    private readonly TeamsConnectorSimulator _simulator = new(SimulatorLimits.Teams);

    public void Dispose()
    {
        _simulator.Dispose();
        File.Delete(_databasePath);
    }

    [Fact]
    public async Task Resending_leaves_out_people_whose_first_delivery_may_have_arrived_and_names_them_separately()
    {
        using var scenario = new BroadcastScenario(_simulator, _databasePath, BroadcastScenario.Directory(3));
        var outbox = scenario.Get<IOutbox>();
        var composer = scenario.Get<ReminderComposer>();
        var broadcast = outbox.Enqueue(
            new OutboxBatch { CreatedBy = BroadcastScenario.Coordinator, CreatedAt = DateTimeOffset.UtcNow, AudienceText = "测试名单", State = BatchState.Draft },
            [.. new[] { "P0001", "P0002", "P0003" }.Select(name => composer.Delivery(name, null, BroadcastScenario.Coordinator))]);
        var ids = outbox.PendingDeliveryIds(broadcast.Id);
        outbox.Complete(ids[0], new DeliveryResult(DeliveryState.Sent, "a-1", null, null), DateTimeOffset.UtcNow);
        outbox.Complete(ids[1], new DeliveryResult(DeliveryState.Failed, null, ErrorCodes.OutcomeUnknown, ProactiveReasons.OutcomeUnknown), DateTimeOffset.UtcNow);
        outbox.Complete(ids[2], new DeliveryResult(DeliveryState.Unreachable, null, "ConversationNotFound", ProactiveReasons.NotFound), DateTimeOffset.UtcNow);

        var answer = await scenario.App.InvokeAsync(
            ReminderVerbs.Retry, new System.Text.Json.Nodes.JsonObject { [ReminderFields.Broadcast] = broadcast.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            BroadcastScenario.CoordinatorUser);

        var text = answer.GetProperty("value").GetRawText();
        Assert.Contains("\"title\":\"发给\",\"value\":\"指定人员：P0003\"", text, StringComparison.Ordinal);
        Assert.Contains("可能已经收到", text, StringComparison.Ordinal);
        Assert.Contains("P0002", text[text.IndexOf("可能已经收到", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_500_recipient_broadcast_ends_with_everyone_in_a_final_state_nobody_twice_and_nobody_lost()
    {
        using var scenario = new BroadcastScenario(_simulator, _databasePath, BroadcastScenario.Directory(500));
        var names = Enumerable.Range(1, 500).Select(BroadcastScenario.NameOf).ToList();
        Arrange(scenario, names);

        var broadcast = scenario.Queue(names);
        await _simulator.WhenUpdateContains("已完成").WaitAsync(Bound);

        var outbox = scenario.Get<IOutbox>();
        var deliveries = outbox.Deliveries(broadcast.Id);
        Assert.Equal(500, deliveries.Count);
        Assert.Equal(new DeliveryCounts(0, 0, 450, 40, 10, 0), outbox.Count(broadcast.Id));
        Assert.All(_simulator.MessagesPerConversation().Values, count => Assert.Equal(1, count));
        Assert.Equal(450, _simulator.Messages.Count);
        var received = _simulator.Messages.ToDictionary(m => m.ActivityId, m => m.ConversationId);
        Assert.All(deliveries.Where(d => d.State == DeliveryState.Sent), d => Assert.Equal(d.ConversationId, received[d.ActivityId!]));
        Assert.Equal(10, _simulator.CreatedFor.Count);
        // Past throttling, a client error is asked once; a gateway error that never clears 1 + 3 times, then given up.
        AssertRequests(names, 4, c => _simulator.RequestsTo[c] - _simulator.ThrottledTo.GetValueOrDefault(c), 1);
        AssertRequests(names, 5, c => _simulator.RequestsTo[c] - _simulator.ThrottledTo.GetValueOrDefault(c), 1);
        AssertRequests(names, 7, c => _simulator.RequestsTo[c], 4);
        AssertReason(deliveries, 1, ProactiveReasons.NotLinked);
        AssertReason(deliveries, 2, "尚未安装机器人（从未与机器人对话）");
        AssertReason(deliveries, 4, "用户已屏蔽或卸载机器人");
        AssertReason(deliveries, 5, "用户或会话不存在");
        AssertReason(deliveries, 7, "Teams 暂时繁忙，多次重试后仍未成功");
    }

    [Fact]
    public async Task Stopping_the_service_mid_broadcast_and_starting_it_again_resumes_without_a_second_copy_of_anything()
    {
        var names = Enumerable.Range(1, 200).Select(BroadcastScenario.NameOf).ToList();
        var people = BroadcastScenario.Directory(200);
        int broadcastId;
        using (var first = new BroadcastScenario(_simulator, _databasePath, people))
        {
            names.ForEach(name => first.Remember(name));
            broadcastId = first.Queue(names).Id;
            await _simulator.WhenMessages(60).WaitAsync(Bound);
        }

        var atStop = CountsInFile(broadcastId);
        using var second = new BroadcastScenario(_simulator, _databasePath, people);
        _ = second.App.Services;
        await _simulator.WhenUpdateContains("已完成").WaitAsync(Bound);

        Assert.InRange(atStop.Sent, 60, 199);
        Assert.Equal(0, atStop.Sending);
        Assert.Equal(new DeliveryCounts(0, 0, 200, 0, 0, 0), second.Get<IOutbox>().Count(broadcastId));
        Assert.Equal(200, _simulator.Messages.Count);
        Assert.All(_simulator.MessagesPerConversation().Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task A_send_left_in_flight_by_a_crash_is_failed_as_interrupted_and_never_sent_again()
    {
        int broadcastId;
        using (var database = new BotDatabase(_databasePath))
        {
            var outbox = new LiteDbOutbox(database);
            broadcastId = outbox.Enqueue(new OutboxBatch { CreatedBy = BroadcastScenario.Coordinator, CreatedAt = DateTimeOffset.UtcNow }, [Delivery("P0001")]).Id;
            outbox.TryBeginSend(outbox.PendingDeliveryIds(broadcastId)[0], DateTimeOffset.UtcNow);
        }

        using var after = new BroadcastScenario(_simulator, _databasePath, BroadcastScenario.Directory(3));
        after.Remember("P0001");
        after.Remember("P0002");
        after.Remember("P0003");
        var later = after.Queue(["P0002", "P0003"]);
        await _simulator.WhenUpdateContains("已完成").WaitAsync(Bound);

        var crashed = Assert.Single(after.Get<IOutbox>().Deliveries(broadcastId));
        Assert.Equal((DeliveryState.Failed, OutboxCodes.Interrupted), (crashed.State, crashed.ErrorCode));
        Assert.Equal(2, after.Get<IOutbox>().Count(later.Id).Sent);
        Assert.DoesNotContain(_simulator.Messages, m => m.RecipientId == BroadcastScenario.UserIdOf("P0001"));
    }

    [Fact]
    public async Task Cancelling_stops_a_running_broadcast_promptly()
    {
        using var scenario = new BroadcastScenario(_simulator, _databasePath, BroadcastScenario.Directory(300));
        var names = Enumerable.Range(1, 300).Select(BroadcastScenario.NameOf).ToList();
        names.ForEach(name => scenario.Remember(name));
        var broadcast = scenario.Queue(names);
        await _simulator.WhenMessages(30).WaitAsync(Bound);

        var replies = await scenario.App.AskAsync($"取消提醒 {broadcast.Id}", BroadcastScenario.CoordinatorUser);
        var sentWhenCancelled = _simulator.Messages.Count;
        await _simulator.WhenUpdateContains("已取消").WaitAsync(Bound);

        var counts = scenario.Get<IOutbox>().Count(broadcast.Id);
        var inFlightAllowance = scenario.Get<Microsoft.Extensions.Options.IOptions<OutboxOptions>>().Value.MaxConcurrentSends;
        Assert.Contains("取消", TextOf(Assert.Single(replies)), StringComparison.Ordinal);
        Assert.InRange(_simulator.Messages.Count, sentWhenCancelled, sentWhenCancelled + inFlightAllowance);
        Assert.Equal(0, counts.Pending + counts.Sending);
        Assert.Equal(_simulator.Messages.Count, counts.Sent);
        Assert.Equal(300 - counts.Sent, counts.Cancelled);
    }

    private static string TextOf(System.Text.Json.JsonElement reply) =>
        new SimulatedMessage("reply", "reply", reply, DateTimeOffset.UtcNow).Content;

    /// <summary>Every 50th person from 1 to 7 has a different story; the rest are ordinary.</summary>
    private void Arrange(BroadcastScenario scenario, List<string> names)
    {
        for (var number = 1; number <= names.Count; number++)
        {
            var name = names[number - 1];
            var conversation = TeamsConnectorSimulator.PersonalConversationOf(BroadcastScenario.UserIdOf(name));
            switch (number % 50)
            {
                case 1: scenario.People.Links.TryRemove(name, out _); break;
                case 2: break;
                case 3: scenario.Remember(name, "groupChat"); break;
                case 4: scenario.Remember(name); _simulator.Fail(conversation, SimulatedFault.Blocked); break;
                case 5: scenario.Remember(name); _simulator.Fail(conversation, SimulatedFault.NotFound); break;
                case 6: scenario.Remember(name); _simulator.Fail(conversation, SimulatedFault.ServerError(503), times: 2); break;
                case 7: scenario.Remember(name); _simulator.Fail(conversation, SimulatedFault.ServerError(502)); break;
                default: scenario.Remember(name); break;
            }
        }
    }

    private static void AssertRequests(List<string> names, int story, Func<string, int> requests, int expected)
    {
        var conversations = names.Where((_, i) => (i + 1) % 50 == story)
            .Select(name => TeamsConnectorSimulator.PersonalConversationOf(BroadcastScenario.UserIdOf(name)));
        Assert.All(conversations, c => Assert.Equal(expected, requests(c)));
    }

    private static void AssertReason(IReadOnlyList<OutboxDelivery> deliveries, int story, string reason) =>
        Assert.All(deliveries.Where(d => (d.Index + 1) % 50 == story), d => Assert.Equal(reason, d.Reason));

    private DeliveryCounts CountsInFile(int broadcastId)
    {
        using var database = new BotDatabase(_databasePath);
        return new LiteDbOutbox(database).Count(broadcastId);
    }

    private static OutboxDelivery Delivery(string name) =>
        new() { Id = string.Empty, PersonName = name, Summary = "第16项未完成", CardJson = """{"type":"AdaptiveCard","version":"1.5","body":[]}""" };
}
