using CivilityBot.Checklists;
using CivilityBot.Conversations;
using CivilityBot.People;
using CivilityBot.Protocol;
using CivilityBot.Reminders;
using CivilityBot.Tests.Host;
using CivilityBot.Tests.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace CivilityBot.Tests.Reminders;

/// <summary>
/// The whole service (in memory) sending through the real ConnectorClient to the Teams simulator, with synthetic
/// recipients P0001… linked and known, a coordinator, and the database file kept so a second instance can resume.
/// </summary>
internal sealed class BroadcastScenario : IDisposable
{
    public const string Coordinator = "协调员";
    public const string StatusConversation = "a:coordinator";

    public BroadcastScenario(TeamsConnectorSimulator simulator, string databasePath, FakePeopleDirectory people)
    {
        Simulator = simulator;
        People = people;
        App = new BotApplication(databasePath, new Dictionary<string, string?>
        {
            // Just under the simulator's 50/s, so these tests are about correctness, not about racing the limit
            // (the benchmark does that).
            ["ConnectorPacing:RequestsPerSecond"] = "45",
            ["Bot:ConnectorRetryBaseDelay"] = "00:00:00.050",
            ["Outbox:StatusUpdateInterval"] = "00:00:00.500",
        })
        {
            ConfigureTestServices = services =>
            {
                services.AddHttpClient(BotHttpClientNames.Connector).ConfigurePrimaryHttpMessageHandler(() => simulator);
                services.AddSingleton<IPeopleDirectory>(people);
                services.AddSingleton<IChecklistProgress>(Progress);
            },
        };
    }

    public TeamsConnectorSimulator Simulator { get; }

    public FakePeopleDirectory People { get; }

    public FakeChecklistProgress Progress { get; } = new();

    public BotApplication App { get; }

    public static TestUser CoordinatorUser { get; } = new("29:coordinator", Coordinator, FakePeopleDirectory.AadOf(Coordinator));

    public static string NameOf(int number) => $"P{number:D4}";

    public static string UserIdOf(string name) => "29:" + name.ToLowerInvariant();

    public static FakePeopleDirectory Directory(int recipients)
    {
        var people = new FakePeopleDirectory();
        people.Link(Coordinator);
        people.Coordinators.Add(Coordinator);
        for (var number = 1; number <= recipients; number++)
        {
            people.Link(NameOf(number));
        }

        return people;
    }

    public T Get<T>() where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>Stores how the bot reaches a person, as if they had written to it from that conversation.</summary>
    public void Remember(string name, string conversationType = "personal")
    {
        var userId = UserIdOf(name);
        var conversationId = conversationType == "personal" ? TeamsConnectorSimulator.PersonalConversationOf(userId) : "19:group@thread.v2";
        Get<IConversationReferenceStore>().Upsert(new ConversationReferenceRecord
        {
            Id = ConversationReferenceRecord.KeyFor(conversationId, userId),
            UserId = userId,
            AadObjectId = FakePeopleDirectory.AadOf(name),
            UserName = name,
            ConversationId = conversationId,
            ConversationType = conversationType,
            ServiceUrl = BotApplication.ServiceUrl,
            TenantId = "tenant-1",
            ChannelId = "msteams",
            BotId = "28:civilitybot",
            UpdatedAt = DateTimeOffset.UtcNow,
        });
    }

    /// <summary>Queues a reminder to <paramref name="names"/> as a confirmed broadcast whose status card is in the coordinator's chat.</summary>
    public OutboxBatch Queue(IEnumerable<string> names)
    {
        var composer = Get<ReminderComposer>();
        var deliveries = names.Select(name => composer.Delivery(name, "请本周内完成", Coordinator)).ToList();
        var broadcast = Get<IOutbox>().Enqueue(new OutboxBatch
        {
            CreatedBy = Coordinator,
            CreatedAt = DateTimeOffset.UtcNow,
            AudienceText = "测试名单",
            StatusMessage = new CardLocation { ServiceUrl = BotApplication.ServiceUrl, ConversationId = StatusConversation, ActivityId = "status-1" },
        }, deliveries);
        Get<OutboxSignal>().Notify();
        return broadcast;
    }

    public void Dispose() => App.Dispose();
}
