using System.Net;
using CivilityBot.Protocol;
using CivilityBot.Tests.Host;
using CivilityBot.Tests.Outreach;
using CivilityBot.Tests.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace CivilityBot.Tests.Personal;

/// <summary>
/// With Graph configured, a person seen only in a group chat whose 1:1 chat Teams refuses to create gets the bot
/// installed for them first (the real GraphServiceClient against the local Graph stub), and their card lands in the chat
/// of that installation.
/// </summary>
public sealed class PersonalDeliveryInstallHostTests : IDisposable
{
    private const string CatalogAppId = "e2a7c1f4-catalog-civilitybot";
    private const string GroupId = "19:group@thread.v2";
    private readonly TeamsConnectorSimulator _simulator = new(SimulatorLimits.Teams);
    private readonly GraphStub _graph = new(CatalogAppId);
    private readonly TestUser _wang = TestUser.Named("汪珂吉");
    private readonly BotApplication _app;

    public PersonalDeliveryInstallHostTests()
    {
        _app = new BotApplication(settings: _graph.Settings())
        {
            ConfigureTestServices = services =>
            {
                services.AddHttpClient(BotHttpClientNames.Connector).ConfigurePrimaryHttpMessageHandler(() => _simulator);
                _graph.Serve(services);
            },
        };
    }

    public void Dispose()
    {
        _app.Dispose();
        _simulator.Dispose();
        _graph.Dispose();
    }

    [Fact]
    public async Task When_Teams_refuses_the_1to1_chat_the_bot_is_installed_for_the_person_and_the_card_goes_to_that_chat()
    {
        _simulator.Fail(_wang.Id, SimulatedFault.Forbidden);

        using var response = await _app.PostAsync(_app.SharedMessage("我的清单", _wang, GroupId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_graph.Log, call => call.Method == "POST" && call.Path.EndsWith("/teamwork/installedApps", StringComparison.Ordinal) && call.Status == 201);
        var card = Assert.Single(_simulator.Messages, message => message.ConversationId == GraphStub.ChatOf(_wang.AadObjectId));
        Assert.Contains("我的清单 · 汪珂吉", card.Content, StringComparison.Ordinal);
        var pointer = Assert.Single(_simulator.Messages, message => message.ConversationId == GroupId);
        Assert.Contains("已私信发送给您", pointer.Content, StringComparison.Ordinal);
        Assert.False(pointer.Activity.TryGetProperty("attachments", out _));
    }
}
