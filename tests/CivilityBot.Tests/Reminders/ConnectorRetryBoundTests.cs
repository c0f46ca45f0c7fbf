using CivilityBot.Conversations;
using CivilityBot.Protocol;
using CivilityBot.Protocol.Schema;
using CivilityBot.Tests.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CivilityBot.Tests.Reminders;

/// <summary>
/// The real connector client with the pacing handler in its pipeline, against the simulator: how many requests
/// one send costs when Teams keeps answering an error. Retries are the connector's only ones, so this is the bound.
/// </summary>
public sealed class ConnectorRetryBoundTests : IDisposable
{
    private const int MaxRetryAttempts = 3;
    private readonly TeamsConnectorSimulator _simulator = new(SimulatorLimits.None);
    private readonly ServiceProvider _provider;

    public ConnectorRetryBoundTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:ConnectorMaxRetryAttempts"] = MaxRetryAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Bot:ConnectorRetryBaseDelay"] = "00:00:00.010",
            ["Bot:AllowUnauthenticated"] = "true",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBotProtocol(configuration);
        services.AddSingleton(Options.Create(new ConnectorPacingOptions()));
        services.AddSingleton<ConversationSpacing>();
        services.AddSingleton<ConnectorPacer>();
        services.AddTransient<ConnectorPacingHandler>();
        services.AddHttpClient(BotHttpClientNames.Connector)
            .AddHttpMessageHandler<ConnectorPacingHandler>()
            .ConfigurePrimaryHttpMessageHandler(() => _simulator);
        _provider = services.BuildServiceProvider();
    }

    public void Dispose()
    {
        _provider.Dispose();
        _simulator.Dispose();
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(413)]
    public async Task A_client_error_is_asked_once_and_never_retried(int status)
    {
        var exception = await SendFailingAsync(new SimulatedFault(status, "Error", "no"));

        Assert.Equal(status, exception.StatusCode);
        Assert.Equal(1, _simulator.Requests);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_transient_error_is_retried_a_bounded_number_of_times(int status)
    {
        var exception = await SendFailingAsync(new SimulatedFault(status, "Error", "busy", RetryAfterSeconds: status == 429 ? 0 : null));

        Assert.Equal(status, exception.StatusCode);
        Assert.Equal(1 + MaxRetryAttempts, _simulator.Requests);
    }

    [Fact]
    public async Task A_transient_error_that_clears_is_sent_once()
    {
        _simulator.Fail("a:1", SimulatedFault.Throttled(0), times: 2);

        await Connector.SendToConversationAsync("http://127.0.0.1:45999/", "a:1", new Activity { Type = ActivityTypes.Message }, CancellationToken.None);

        Assert.Equal((3, 1), (_simulator.Requests, _simulator.Messages.Count));
    }

    private IConnectorClient Connector => _provider.GetRequiredService<IConnectorClient>();

    private async Task<ConnectorException> SendFailingAsync(SimulatedFault fault)
    {
        _simulator.Fail("a:1", fault);
        return await Assert.ThrowsAsync<ConnectorException>(() =>
            Connector.SendToConversationAsync("http://127.0.0.1:45999/", "a:1", new Activity { Type = ActivityTypes.Message }, CancellationToken.None));
    }
}
