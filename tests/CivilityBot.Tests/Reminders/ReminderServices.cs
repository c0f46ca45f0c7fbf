using CivilityBot.Checklists;
using CivilityBot.Conversations;
using CivilityBot.Downloads;
using CivilityBot.Knowledge;
using CivilityBot.People;
using CivilityBot.Protocol;
using CivilityBot.Reminders;
using CivilityBot.Storage;
using CivilityBot.Tests.Knowledge;
using CivilityBot.Tests.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Tests.Reminders;

/// <summary>The reminders feature wired as in the service, on a temp database, with fakes at its edges and no hosted services running.</summary>
internal sealed class ReminderServices : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly ServiceProvider _provider;

    public ReminderServices(DateTimeOffset utcNow)
    {
        Time = new FakeTimeProvider(utcNow);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectorPacing:RequestsPerSecond"] = "50",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(_db.Database);
        services.AddSingleton(SeedCampaign.Campaign);
        services.AddSingleton<IPlan>(SeedCampaign.Campaign);
        services.AddSingleton<IChecklistProgress>(Progress);
        services.AddSingleton<IPeopleDirectory>(People);
        services.AddSingleton<IAppInstaller>(new FakeAppInstaller(available: false));
        services.AddSingleton<IDirectoryRecordStore, LiteDbDirectoryRecordStore>();
        services.AddSingleton<IConnectorClient>(Connector);
        services.AddSingleton<IConversationReferenceStore, LiteDbConversationReferenceStore>();
        services.AddOptions<BotOptions>();
        services.AddOptions<BureauOptions>();
        services.AddSingleton<BureauClock>();
        services.AddSingleton<IServiceUrlTrust, InMemoryServiceUrlTrust>();
        services.AddSingleton<ConversationReferences>();
        services.AddDownloads(configuration);
        services.AddOutreach(configuration);
        services.AddReminders(configuration);
        _provider = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; }

    public FakePeopleDirectory People { get; } = new();

    public FakeChecklistProgress Progress { get; } = new();

    public RecordingConnector Connector { get; } = new();

    public BotDatabase Database => _db.Database;

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public void Dispose()
    {
        _provider.Dispose();
        _db.Dispose();
    }
}
