using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CivilityBot.Protocol.Tests.Fakes;

/// <summary>The outbound half of the protocol layer wired as the bot wires it, with a fake connector, Entra ID and clock.</summary>
public sealed class ConnectorTestServices : IAsyncDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private ServiceProvider? services;

    public RecordingTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public FakeHttpHandler Connector { get; private set; } = null!;

    public FakeHttpHandler TokenService { get; } = new(FakeEntra.Respond);

    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Bot:MicrosoftAppId"] = BotTestHost.AppId,
        ["Bot:MicrosoftAppPassword"] = BotTestHost.AppPassword,
        ["Bot:ConnectorAttemptTimeout"] = "00:00:30",
    };

    public IConnectorClient Client => Services.GetRequiredService<IConnectorClient>();

    public IServiceUrlTrust Trust => Services.GetRequiredService<IServiceUrlTrust>();

    public IServiceProvider Services => services!;

    /// <summary>Cancelled before disposal, so a call left waiting for a retry on the fake clock ends.</summary>
    public CancellationToken Stopping => stopping.Token;

    public static ConnectorTestServices Create(Action<ConnectorTestServices>? configure = null)
    {
        var harness = new ConnectorTestServices();
        harness.Connector = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"id":"sent-1"}"""), harness.Time);
        configure?.Invoke(harness);
        harness.Build();
        return harness;
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (services is not null)
        {
            // Polly's pipeline disposal polls for in-flight calls on the (fake) clock; a failing test can leave one.
            var disposing = services.DisposeAsync().AsTask();
            for (var tick = 0; tick < 100 && !disposing.IsCompleted; tick++)
            {
                Time.Advance(TimeSpan.FromSeconds(1));
                await Task.WhenAny(disposing, Task.Delay(10));
            }

            await disposing;
        }

        stopping.Dispose();
    }

    private void Build()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddBotProtocol(configuration);
        collection.AddHttpClient(BotHttpClientNames.TokenService).ConfigurePrimaryHttpMessageHandler(() => TokenService);
        collection.AddHttpClient(BotHttpClientNames.Connector).ConfigurePrimaryHttpMessageHandler(() => Connector);
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true });
    }
}
