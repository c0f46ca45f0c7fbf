using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CivilityBot.Cluster.Tests;

/// <summary>
/// Posts activities to <c>/api/messages</c> as Teams would (authentication off: the instances run in Development on
/// loopback), each with a unique id, from a person's 1:1 chat whose service URL is the simulated connector.
/// Messages ask for the replies in the HTTP answer (<c>deliveryMode: expectReplies</c>), so a test reads them directly.
/// </summary>
internal sealed class TeamsClient(HttpClient http, string botUrl, string serviceUrl)
{
    private int _next;

    /// <summary>Sends <paramref name="text"/> and returns the bot's replies (the activities of the expectReplies answer).</summary>
    public async Task<IReadOnlyList<JsonObject>> SayAsync(ClusterUser user, string text, CancellationToken cancellationToken)
    {
        var activity = Activity(user, "message");
        activity["text"] = text;
        activity["deliveryMode"] = "expectReplies";
        using var response = await http.PostAsJsonAsync(new Uri(botUrl + "/api/messages"), activity, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return body?["activities"]?.AsArray().Select(node => node!.AsObject()).ToList() ?? [];
    }

    /// <summary>
    /// Presses a card button (an <c>adaptiveCard/action</c> invoke with <paramref name="verb"/> and <paramref name="data"/>);
    /// returns the HTTP status and the invoke response body (<c>{statusCode, type, value}</c>), or null when there was none.
    /// </summary>
    public async Task<(int Status, JsonObject? Body)> PressAsync(
        ClusterUser user, string verb, JsonObject data, CancellationToken cancellationToken, string? activityId = null)
    {
        var activity = Activity(user, "invoke", activityId);
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "card-1";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        };
        using var response = await http.PostAsJsonAsync(new Uri(botUrl + "/api/messages"), activity, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject);
    }

    private JsonObject Activity(ClusterUser user, string type, string? id = null) => new()
    {
        ["type"] = type,
        ["id"] = id ?? $"cluster-{Environment.ProcessId}-{Interlocked.Increment(ref _next)}",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["from"] = new JsonObject { ["id"] = user.UserId, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = "28:civilitybot", ["name"] = "CivilityBot" },
        ["conversation"] = new JsonObject { ["id"] = user.PersonalConversationId, ["conversationType"] = "personal", ["tenantId"] = "cluster-tenant" },
        ["locale"] = "zh-CN",
    };

    /// <summary>Every Action.Execute in a card (any depth): its verb and data.</summary>
    public static IEnumerable<(string Verb, JsonObject Data)> Actions(JsonNode? card)
    {
        switch (card)
        {
            case JsonObject node:
                if ((string?)node["type"] == "Action.Execute" && node["verb"] is JsonValue verb)
                {
                    yield return ((string)verb!, node["data"] as JsonObject ?? []);
                }

                foreach (var (_, child) in node)
                {
                    foreach (var action in Actions(child))
                    {
                        yield return action;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var action in Actions(child))
                    {
                        yield return action;
                    }
                }

                break;
        }
    }

    /// <summary>Every string in a JSON tree joined by new lines: what a person could read, for assertions.</summary>
    public static string Text(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => (string)value! + "\n",
        JsonObject o => string.Concat(o.Select(pair => Text(pair.Value))),
        JsonArray a => string.Concat(a.Select(Text)),
        _ => string.Empty,
    };
}
