using System.Text.Json.Nodes;

namespace CivilityBot.Protocol.Tests.Fakes;

/// <summary>Activity payloads shaped like the ones Teams sends.</summary>
public static class TestActivities
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string BotId = "28:" + BotTestHost.AppId;
    public const string UserId = "29:1abcUserId";
    public const string ConversationId = "a:1xyzPersonalChat";

    public static JsonObject Message(string? id = "1575667808184", string text = "你好", string serviceUrl = ServiceUrl) => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["timestamp"] = "2026-03-02T08:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "张伟", ["aadObjectId"] = "0b5e3b77-0000-4000-8000-000000000001" },
        ["conversation"] = new JsonObject
        {
            ["conversationType"] = "personal",
            ["tenantId"] = TenantId,
            ["id"] = ConversationId,
        },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "CivilityBot" },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = "zh-CN",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    public static JsonObject Invoke(string name, JsonNode? value, string? id = "f:invoke-1")
    {
        var activity = Message(id);
        activity["type"] = "invoke";
        activity["name"] = name;
        activity.Remove("text");
        activity["replyToId"] = "1575667808000";
        if (value is not null)
        {
            activity["value"] = value;
        }

        return activity;
    }

    public static JsonObject ExecuteAction(string actionType = "Action.Execute", string verb = "approve") => new()
    {
        ["action"] = new JsonObject
        {
            ["type"] = actionType,
            ["id"] = "approve-button",
            ["verb"] = verb,
            ["data"] = new JsonObject { ["indicator"] = "1.1" },
        },
        ["trigger"] = "manual",
    };
}
