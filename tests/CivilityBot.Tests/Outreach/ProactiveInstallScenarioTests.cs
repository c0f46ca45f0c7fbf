using System.Text.Json.Nodes;
using CivilityBot.Cards.Reminders;
using CivilityBot.Outreach;
using CivilityBot.People;
using CivilityBot.Protocol;
using CivilityBot.Tests.Host;
using CivilityBot.Tests.Knowledge;
using CivilityBot.Tests.Reminders;
using CivilityBot.Tests.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace CivilityBot.Tests.Outreach;

/// <summary>
/// Issue 9, done means: 30 roster people who never wrote to the bot; a coordinator's reminder to everyone reaches the 28
/// the directory knows, after the bot installs itself for them through the real GraphServiceClient (pointed at a local
/// stub of the Graph REST shapes), and the 2 the directory does not know are named in the preview with the reason.
/// </summary>
public sealed class ProactiveInstallScenarioTests : IDisposable
{
    private const string CatalogAppId = "e2a7c1f4-catalog-civilitybot";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private static readonly string[] Missing = ["汪珂吉", "石勇"];
    private readonly string _campaignPath = Path.Combine(Path.GetTempPath(), $"civilitybot-campaign-{Guid.NewGuid():N}.json");
    private readonly TeamsConnectorSimulator _simulator = new(SimulatorLimits.Teams);
    private readonly GraphStub _graph = new(CatalogAppId);
    private readonly TestUser _coordinator = TestUser.Named("刘斌");
    private readonly List<string> _roster;
    private readonly BotApplication _app;

    public ProactiveInstallScenarioTests()
    {
        var campaign = SeedCampaign.Json();
        var people = campaign["roster"]!.AsArray();
        _roster = [.. people.Select(person => (string)person!["name"]!)];
        for (var index = 0; index < people.Count; index++)
        {
            var upn = $"u{index:D2}@yueyang.example";
            people[index]!["upn"] = upn;
            if (!Missing.Contains(_roster[index]))
            {
                _graph.Users[upn] = (TestUser.AadObjectIdOf(_roster[index]), _roster[index], "住建局");
            }
        }

        File.WriteAllText(_campaignPath, campaign.ToJsonString());
        var installed = _roster.Where(name => !Missing.Contains(name)).Select(TestUser.AadObjectIdOf).ToList();
        foreach (var id in installed.Where((_, index) => index % 5 == 0))
        {
            _graph.Installed[id] = true; // 409: installed before, by hand or by policy
        }

        foreach (var id in installed.Where((_, index) => index % 7 == 3))
        {
            _graph.ThrottleOnce[id] = true; // 429 with Retry-After: 1, then accepted
        }

        var settings = _graph.Settings();
        settings["Campaign:Path"] = _campaignPath;
        settings["ConnectorPacing:RequestsPerSecond"] = "50";
        settings["Graph:MaxConcurrentInstalls"] = "4";
        settings["Graph:MaxRetries"] = "3";
        _app = new BotApplication(settings: settings)
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
        File.Delete(_campaignPath);
    }

    [Fact]
    public async Task A_reminder_to_everyone_reaches_the_28_in_the_directory_after_installing_the_bot_and_names_the_2_who_are_not()
    {
        Assert.Equal(30, _roster.Count);
        await _app.AskAsync("帮助", _coordinator); // the coordinator's own chat; nobody else ever wrote
        await _app.Services.GetRequiredService<RosterUpnResolver>().ResolveAsync(CancellationToken.None);

        var preview = await InvokeAsync(ReminderVerbs.Preview, new JsonObject { ["audience"] = "allStaff", ["timing"] = "now" });
        var previewText = JsonText.Of(preview);
        var sentBeforeConfirm = _simulator.Messages.Count;
        await InvokeAsync(ReminderVerbs.Confirm, new JsonObject
        {
            [ReminderFields.Draft] = JsonText.ActionData(preview, ReminderVerbs.Confirm)!.Value.GetProperty(ReminderFields.Draft).GetString(),
        });
        await _simulator.WhenMessages(28).WaitAsync(Bound);
        await _simulator.WhenUpdateContains("已完成").WaitAsync(Bound);

        Assert.Equal(0, sentBeforeConfirm);
        Assert.Contains("以下 2 人目前无法送达", previewText, StringComparison.Ordinal);
        Assert.Contains("汪珂吉\n通讯录中找不到（u", previewText, StringComparison.Ordinal);
        Assert.Contains("石勇\n通讯录中找不到（u", previewText, StringComparison.Ordinal);
        Assert.Contains("27 人从未打开过机器人：确认后先通过 Microsoft Graph 为他们安装机器人，再发送。", previewText, StringComparison.Ordinal);

        var reached = _simulator.Messages.Select(message => message.ConversationId).ToList();
        Assert.Equal(28, reached.Count);
        Assert.Equal(28, reached.Distinct().Count());
        var viaInstall = _roster.Where(name => !Missing.Contains(name) && name != _coordinator.Name).ToList();
        Assert.All(viaInstall, name => Assert.Contains(GraphStub.ChatOf(TestUser.AadObjectIdOf(name)), reached));
        Assert.Contains(TeamsConnectorSimulator.PersonalConversationOf(_coordinator.Id), reached);
        AssertGraphCalls(viaInstall.Count);
        AssertOutcomesRecorded(viaInstall);
    }

    [Fact]
    public async Task The_roster_card_names_the_people_the_directory_does_not_know()
    {
        await _app.AskAsync("帮助", _coordinator);
        await _app.Services.GetRequiredService<RosterUpnResolver>().ResolveAsync(CancellationToken.None);

        var reply = Assert.Single(await _app.AskAsync("人员", _coordinator));
        var text = JsonText.Of(reply.GetProperty("attachments")[0].GetProperty("content"));

        Assert.Contains("通讯录中找不到（u", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("通讯录中找不到").Length - 1);
    }

    /// <summary>Each installation posted once per attempt with the catalog binding; throttled ones retried after Retry-After.</summary>
    private void AssertGraphCalls(int installs)
    {
        var log = _graph.Log.ToList();
        var posts = log.Where(call => call.Method == "POST").ToList();
        var throttled = posts.Where(call => call.Status == 429).ToList();
        Assert.NotEmpty(throttled);
        Assert.Equal(installs + throttled.Count, posts.Count);
        Assert.Contains(posts, call => call.Status == 201);
        Assert.Contains(posts, call => call.Status == 409);
        foreach (var call in throttled)
        {
            var retry = posts.First(later => later.Path == call.Path && later.At > call.At && later.Status != 429);
            Assert.True(retry.At - call.At >= TimeSpan.FromSeconds(0.9), $"retried after {(retry.At - call.At).TotalMilliseconds} ms");
        }

        Assert.All(_graph.InstallBodies, body => Assert.Contains(
            $"\"teamsApp@odata.bind\":\"https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{CatalogAppId}\"", body, StringComparison.Ordinal));
    }

    private void AssertOutcomesRecorded(List<string> viaInstall)
    {
        var records = _app.Services.GetRequiredService<IDirectoryRecordStore>();
        var outcomes = viaInstall.Select(name => records.Find(name)!.Install).ToList();
        Assert.All(outcomes, outcome => Assert.True(outcome is InstallStatus.Installed or InstallStatus.AlreadyInstalled));
        Assert.Contains(InstallStatus.AlreadyInstalled, outcomes);
        Assert.Contains(InstallStatus.Installed, outcomes);
        Assert.All(Missing, name => Assert.Equal(DirectoryStatus.NotFound, records.Find(name)!.Status));
    }

    private async Task<System.Text.Json.JsonElement> InvokeAsync(string verb, JsonObject data)
    {
        var response = await _app.InvokeAsync(verb, data, _coordinator);
        Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
        return response.GetProperty("value");
    }
}
