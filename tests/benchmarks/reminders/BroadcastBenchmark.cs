using CivilityBot.Turns;
using CivilityBot.Outreach;
using System.Diagnostics;
using CivilityBot.Checklists;
using CivilityBot.Conversations;
using CivilityBot.Downloads;
using CivilityBot.Knowledge;
using CivilityBot.People;
using CivilityBot.Protocol;
using CivilityBot.Reminders;
using CivilityBot.Storage;
using CivilityBot.Tests.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ReminderBroadcastBenchmark;

/// <summary>
/// The reminder service's real outbox, dispatcher, messenger, pacing and ConnectorClient, sending one broadcast
/// to the Teams simulator, timed from composing the messages to the coordinator's status card saying 已完成.
/// </summary>
internal sealed class BroadcastBenchmark(int recipients, int requestsPerSecond, SimulatorLimits limits)
{
    private const string ServiceUrl = "http://127.0.0.1:45999/";
    private const string StatusConversation = "a:coordinator";

    public async Task<BenchmarkResult> RunAsync(TimeSpan timeout)
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"civilitybot-reminder-bench-{Guid.NewGuid():N}.db");
        using var simulator = new TeamsConnectorSimulator(limits);
        var people = new BenchmarkPeople(recipients);
        try
        {
            using var host = Build(simulator, people, databasePath);
            await host.StartAsync();
            Remember(host.Services, people);
            var startedAt = DateTimeOffset.UtcNow;
            var stopwatch = Stopwatch.StartNew();
            var broadcast = Queue(host.Services, people);
            var queued = stopwatch.Elapsed;
            await Task.WhenAny(simulator.WhenUpdateContains("已完成"), Task.Delay(timeout));
            stopwatch.Stop();
            var counts = host.Services.GetRequiredService<IOutbox>().Count(broadcast.Id);
            await host.StopAsync();
            return Result(simulator, counts, stopwatch.Elapsed) with
            {
                Queued = queued,
                FirstSend = simulator.Messages.IsEmpty ? null : simulator.Messages.Min(m => m.ReceivedAt) - startedAt,
                LastSend = simulator.Messages.IsEmpty ? null : simulator.Messages.Max(m => m.ReceivedAt) - startedAt,
            };
        }
        finally
        {
            File.Delete(databasePath);
        }
    }

    private IHost Build(TeamsConnectorSimulator simulator, BenchmarkPeople people, string databasePath)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.Error);
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Error);
        builder.Logging.AddFilter("CivilityBot.Protocol", LogLevel.Error);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Path"] = databasePath,
            ["Bot:MicrosoftAppId"] = string.Empty,
            ["Bot:AllowUnauthenticated"] = "true",
            ["Campaign:Path"] = Path.Combine(AppContext.BaseDirectory, "data", "campaign.json"),
            ["ConnectorPacing:RequestsPerSecond"] = requestsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Services.AddBotProtocol(builder.Configuration);
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddKnowledge(builder.Configuration);
        builder.Services.AddConversations();
        builder.Services.AddSingleton<IPeopleDirectory>(people);
        builder.Services.AddSingleton<IChecklistProgress>(new BenchmarkProgress());
        builder.Services.AddDownloads(builder.Configuration);
        builder.Services.AddOutreach(builder.Configuration);
        builder.Services.AddReminders(builder.Configuration);
        builder.Services.AddHttpClient(BotHttpClientNames.Connector).ConfigurePrimaryHttpMessageHandler(() => simulator);
        return builder.Build();
    }

    /// <summary>Everyone has chatted with the bot before, so each reminder is exactly one request.</summary>
    private static void Remember(IServiceProvider services, BenchmarkPeople people)
    {
        var store = services.GetRequiredService<IConversationReferenceStore>();
        foreach (var name in people.Names)
        {
            var userId = BenchmarkPeople.UserIdOf(name);
            var conversationId = TeamsConnectorSimulator.PersonalConversationOf(userId);
            store.Upsert(new ConversationReferenceRecord
            {
                Id = ConversationReferenceRecord.KeyFor(conversationId, userId), UserId = userId, AadObjectId = BenchmarkPeople.AadOf(name),
                UserName = name, ConversationId = conversationId, ConversationType = "personal", ServiceUrl = ServiceUrl,
                TenantId = "tenant-1", ChannelId = "msteams", BotId = "28:civilitybot", UpdatedAt = DateTimeOffset.UtcNow,
            });
        }
    }

    private static OutboxBatch Queue(IServiceProvider services, BenchmarkPeople people)
    {
        var composer = services.GetRequiredService<ReminderComposer>();
        var deliveries = people.Names.Select(name => composer.Delivery(name, "请本周内完成", BenchmarkPeople.Coordinator)).ToList();
        var broadcast = services.GetRequiredService<IOutbox>().Enqueue(new OutboxBatch
        {
            CreatedBy = BenchmarkPeople.Coordinator,
            CreatedAt = DateTimeOffset.UtcNow,
            AudienceText = "基准测试名单",
            StatusMessage = new CardLocation { ServiceUrl = ServiceUrl, ConversationId = StatusConversation, ActivityId = "status-1" },
        }, deliveries);
        services.GetRequiredService<OutboxSignal>().Notify();
        return broadcast;
    }

    private BenchmarkResult Result(TeamsConnectorSimulator simulator, DeliveryCounts counts, TimeSpan elapsed)
    {
        var duplicates = simulator.MessagesPerConversation().Values.Sum(count => count - 1);
        var accepted = simulator.Messages.Concat(simulator.Updates).Select(m => m.ReceivedAt).Order().ToList();
        var busiest = 0;
        for (int first = 0, last = 0; last < accepted.Count; last++)
        {
            while (accepted[last] - accepted[first] >= TimeSpan.FromSeconds(1))
            {
                first++;
            }

            busiest = Math.Max(busiest, last - first + 1);
        }

        return new BenchmarkResult(
            recipients, elapsed, counts.Sent, counts.Unreachable, counts.Failed, counts.Pending + counts.Sending,
            simulator.Requests, simulator.Rejections.GetValueOrDefault(429), duplicates, busiest);
    }
}
