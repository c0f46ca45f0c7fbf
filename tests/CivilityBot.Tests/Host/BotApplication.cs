using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivilityBot.Protocol;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilityBot.Tests.Host;

/// <summary>
/// The real service in memory: a temp LiteDB file, auth off (local development), every request from loopback,
/// and a <see cref="FakeConnector"/> in place of the Bot Connector service.
/// </summary>
public sealed class BotApplication : WebApplicationFactory<Program>
{
    public const string ServiceUrl = "http://127.0.0.1:45999/";

    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsDatabase;
    private int _activityNumber;

    public BotApplication(string? databasePath = null, IDictionary<string, string?>? settings = null)
    {
        _ownsDatabase = databasePath is null;
        DatabasePath = databasePath ?? NewDatabasePath();
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Storage:Path"] = DatabasePath,
            ["Evidence:FilesPath"] = EvidenceFolder,
        };
        _settings.TryAdd("Bot:MicrosoftAppId", string.Empty);
        // The plan's default coordinators sign in with verified accounts (a display-name link never carries the role).
        string[] coordinators = ["晏桃保", "刘斌", "郭立芳", "周敬军"];
        for (var index = 0; index < coordinators.Length; index++)
        {
            _settings.TryAdd($"People:BootstrapCoordinators:{index}", TestUser.AadObjectIdOf(coordinators[index]));
        }
    }

    public string DatabasePath { get; }

    /// <summary>The evidence files of this instance; tests share the temp folder, so each gets its own.</summary>
    public string EvidenceFolder => Path.ChangeExtension(DatabasePath, null) + "-evidence";

    public FakeConnector Connector { get; } = new();

    /// <summary>A temp file nobody else uses; tests that restart the service pass it to the next instance.</summary>
    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"civilitybot-test-{Guid.NewGuid():N}.db");

    /// <summary>The host environment; Development (where running without an app id is allowed) unless a test says otherwise.</summary>
    public string EnvironmentName { get; init; } = "Development";

    /// <summary>Extra service changes for one test (fakes, a fixed clock).</summary>
    public Action<IServiceCollection>? ConfigureTestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, LoopbackCallerStartupFilter>();
            services.AddHttpClient(BotHttpClientNames.Connector).ConfigurePrimaryHttpMessageHandler(() => Connector);
            ConfigureTestServices?.Invoke(services);
        });
    }

    /// <summary>Posts an activity as the channel would and returns the raw HTTP answer.</summary>
    public async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using var client = CreateClient();
        return await client.PostAsJsonAsync("/api/messages", activity);
    }

    /// <summary>Asks a question with expectReplies and returns the bot's reply activities.</summary>
    public async Task<IReadOnlyList<JsonElement>> AskAsync(string text, TestUser user)
    {
        var activity = Message(text, user);
        activity["deliveryMode"] = "expectReplies";
        using var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("activities").EnumerateArray().ToList();
    }

    /// <summary>Presses an Action.Execute button and returns the invoke response body ({statusCode,type,value}).</summary>
    public async Task<JsonElement> InvokeAsync(string verb, JsonObject data, TestUser user, string? activityId = null, string locale = "zh-CN")
    {
        var activity = Activity("invoke", user, activityId);
        activity["locale"] = locale;
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "card-1";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        using var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public JsonObject Message(string text, TestUser user)
    {
        var activity = Activity("message", user);
        activity["text"] = text;
        return activity;
    }

    /// <summary>
    /// A message in a group chat (<paramref name="conversationType"/> "groupChat") or channel ("channel"), as Teams sends
    /// it there: the text starts with the bot's @mention and carries its mention entity.
    /// </summary>
    public JsonObject SharedMessage(string text, TestUser user, string conversationId, string conversationType = "groupChat")
    {
        const string botMention = "<at>CivilityBot</at>";
        var activity = Message($"{botMention} {text}", user);
        activity["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = "tenant-1" };
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = botMention,
            ["mentioned"] = new JsonObject { ["id"] = "28:civilitybot", ["name"] = "CivilityBot" },
        });
        return activity;
    }

    public JsonObject Activity(string type, TestUser user, string? activityId = null) => new()
    {
        ["type"] = type,
        ["id"] = activityId ?? $"act-{Interlocked.Increment(ref _activityNumber)}-{Guid.NewGuid():N}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = ServiceUrl,
        ["from"] = new JsonObject { ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = "28:civilitybot", ["name"] = "CivilityBot" },
        ["conversation"] = new JsonObject
        {
            ["id"] = user.PersonalConversationId,
            ["conversationType"] = "personal",
            ["tenantId"] = "tenant-1",
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        ["locale"] = "zh-CN",
    };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Connector.Dispose();
            if (_ownsDatabase)
            {
                File.Delete(DatabasePath);
                File.Delete(Path.ChangeExtension(DatabasePath, null) + "-log.db");
                if (Directory.Exists(EvidenceFolder))
                {
                    Directory.Delete(EvidenceFolder, recursive: true);
                }
            }
        }
    }
}
