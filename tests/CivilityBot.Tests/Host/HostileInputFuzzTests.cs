using System.Collections.Concurrent;
using System.Net;
using System.Text;
using CivilityBot.Checklists;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CivilityBot.Tests.Host;

/// <summary>
/// A seeded fuzz of hostile activities and invokes through the whole host: wrong JSON types, ids longer than any key,
/// lone surrogates, missing conversations, unknown verbs with garbage data. None may get a 5xx, log an error or change
/// what is stored.
/// </summary>
public sealed class HostileInputFuzzTests : IDisposable
{
    private const int Seed = 20261130;
    private const int Cases = 3000;
    private static readonly string[] Verbs =
    [
        "checklist.save", "checklist.page", "checklist.open", "checklist.send.confirm", "checklist.send.cancel",
        "reminders.preview", "reminders.confirm", "reminders.discard", "reminders.retry", "reminders.schedule.pause",
        "outbox.status", "outbox.cancel", "no.such.verb",
    ];

    private static readonly string[] Texts =
    [
        "我的清单", "进度", "提醒 <at>宋伟</at>", "发送清单", "设为协调员 汪珂吉", "关联 宋伟 29:x", "导出台账", "第16项谁负责",
        "${jndi:ldap://127.0.0.1/a}", "\\ud800\\udc00\\ud800", "\\u0000\\u200b\\ufeff", "取消提醒 99999999999999999999",
    ];

    private readonly ErrorLogCollector _errors = new();
    private readonly BotApplication _app;

    public HostileInputFuzzTests() => _app = new BotApplication { ConfigureTestServices = services => services.AddSingleton<ILoggerProvider>(_errors) };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Thousands_of_hostile_activities_get_no_5xx_log_no_error_and_change_nothing_stored()
    {
        var random = new Random(Seed);
        using var client = _app.CreateClient();
        var checklists = _app.Services.GetRequiredService<IChecklistStore>();
        var peopleStore = _app.Services.GetRequiredService<IPeopleStore>();
        var outbox = _app.Services.GetRequiredService<IOutbox>();
        var before = (checklists.AuditCount(), peopleStore.Audit().Count, peopleStore.Links().Count, outbox.RecentBroadcasts(10).Count);
        var failures = new List<string>();
        var statuses = new Dictionary<HttpStatusCode, int>();

        for (var index = 0; index < Cases; index++)
        {
            var body = Activity(random, index);
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync("/api/messages", content);
            var answer = await response.Content.ReadAsStringAsync();
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            if ((int)response.StatusCode >= 500 || answer.Contains("\"statusCode\":500", StringComparison.Ordinal))
            {
                failures.Add($"{(int)response.StatusCode} for {body}");
            }
        }

        var after = (checklists.AuditCount(), peopleStore.Audit().Count, peopleStore.Links().Count, outbox.RecentBroadcasts(10).Count);
        Assert.Empty(failures);
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.OK) > Cases / 5, $"too few reached the bot: {string.Join(", ", statuses)}");
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.BadRequest) > 0, "no malformed case was refused");
        Assert.Empty(_errors.Errors);
        Assert.Equal(before, after);
    }

    /// <summary>One activity: a plausible Teams shape with one to three fields replaced by something hostile.</summary>
    private static string Activity(Random random, int index)
    {
        var fields = new Dictionary<string, string>
        {
            ["type"] = Pick(random, "\"message\"", "\"invoke\"", "\"conversationUpdate\"", "\"installationUpdate\"", "\"event\""),
            ["id"] = $"\"fuzz-{index}\"",
            ["channelId"] = "\"msteams\"",
            ["serviceUrl"] = $"\"{BotApplication.ServiceUrl}\"",
            ["deliveryMode"] = "\"expectReplies\"",
            ["from"] = $"{{\"id\":\"29:fuzz-{random.Next(50)}\",\"name\":\"访客{random.Next(50)}\",\"aadObjectId\":\"{Guid.NewGuid()}\"}}",
            ["recipient"] = "{\"id\":\"28:civilitybot\",\"name\":\"CivilityBot\"}",
            ["conversation"] = $"{{\"id\":\"a:fuzz-{random.Next(50)}\",\"conversationType\":\"personal\",\"tenantId\":\"tenant-1\"}}",
            ["text"] = Json(Texts[random.Next(Texts.Length)]),
            ["name"] = "\"adaptiveCard/action\"",
            ["value"] = $"{{\"action\":{{\"type\":\"Action.Execute\",\"verb\":\"{Verbs[random.Next(Verbs.Length)]}\",\"data\":{Garbage(random)}}}}}",
            ["entities"] = "[{\"type\":\"mention\",\"text\":\"<at>宋伟</at>\",\"mentioned\":{\"id\":\"29:songwei\",\"name\":\"宋伟\"}}]",
            ["channelData"] = "{\"tenant\":{\"id\":\"tenant-1\"}}",
            ["locale"] = "\"zh-CN\"",
        };
        var keys = fields.Keys.ToArray();
        for (var change = random.Next(1, 4); change > 0; change--)
        {
            var key = keys[random.Next(keys.Length)];
            if (key != "type" || random.Next(4) == 0)
            {
                fields[key] = Untyped.Contains(key) || random.Next(5) == 0 ? Hostile(random) : HostileString(random);
            }
        }

        if (random.Next(8) == 0)
        {
            fields.Remove("conversation");
        }

        return "{" + string.Join(",", fields.Select(pair => $"\"{pair.Key}\":{pair.Value}")) + "}";
    }

    /// <summary>Fields the schema keeps as raw JSON: any JSON type reaches the bot.</summary>
    private static readonly HashSet<string> Untyped = ["value", "channelData", "entities"];

    /// <summary>A string a typed field accepts, but hostile: long, with lone surrogates, a JNDI lookup, empty, invisible.</summary>
    private static string HostileString(Random random) => random.Next(5) switch
    {
        0 => Json(new string('长', 2000)),
        1 => "\"\\ud800x\\udfff\"",
        2 => "\"${jndi:ldap://127.0.0.1/x}\"",
        3 => "\"\"",
        _ => "\"\\u200b\\ufeff\\u2060\"",
    };

    private static string Hostile(Random random) => random.Next(11) switch
    {
        0 => "42",
        1 => "null",
        2 => "[1,\"a\",null]",
        3 => "{\"id\":[],\"name\":{}}",
        4 => "true",
        5 => Json(new string('长', 2000)),
        6 => "\"\\ud800x\\udfff\"",
        7 => "\"${jndi:ldap://127.0.0.1/x}\"",
        8 => "{\"id\":\"" + new string('9', 2000) + "\"}",
        9 => "\"\"",
        _ => "-1e999",
    };

    private static string Garbage(Random random) => random.Next(6) switch
    {
        0 => "[]",
        1 => "null",
        2 => "{\"person\":17,\"page\":\"x\",\"items\":[1],\"broadcast\":\"-5\",\"draft\":{}}",
        3 => "{\"person\":\"汪珂吉\",\"page\":\"1\",\"items\":\"16.1\",\"done:16.1\":\"true\",\"seen:16.1\":\"forged\"}",
        4 => "{\"broadcast\":\"99999999999999999999\",\"schedule\":\"\\ud800\"}",
        _ => "\"just a string\"",
    };

    private static string Pick(Random random, params string[] values) => values[random.Next(values.Length)];

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    /// <summary>Keeps every log entry at Error or above, so the test can show it.</summary>
    private sealed class ErrorLogCollector : ILoggerProvider
    {
        public ConcurrentQueue<string> Errors { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Collector(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Collector(ErrorLogCollector owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    owner.Errors.Enqueue($"{category}: {formatter(state, exception)} {exception}");
                }
            }
        }
    }
}
