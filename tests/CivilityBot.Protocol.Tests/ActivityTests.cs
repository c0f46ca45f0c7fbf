using System.Text.Json;
using System.Text.Json.Nodes;
using CivilityBot.Protocol.Schema;
using CivilityBot.Protocol.Tests.Fakes;

namespace CivilityBot.Protocol.Tests;

public sealed class ActivityTests
{
    [Fact]
    public void Deserialize_ThenSerialize_KeepsEveryFieldTeamsSent()
    {
        var original = TestActivities.Message();
        original["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "zh-CN", ["timezone"] = "Asia/Shanghai" });
        original["localTimezone"] = "Asia/Shanghai";
        original["from"]!["userRole"] = "user";
        original["conversation"]!["isGroup"] = false;
        original["channelData"]!["eventType"] = "teamMemberAdded";

        var activity = JsonSerializer.Deserialize(original.ToJsonString(), ProtocolJsonContext.Default.Activity)!;
        var roundTrip = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity))!;

        Assert.True(JsonNode.DeepEquals(Normalise(original), Normalise(roundTrip)), roundTrip.ToJsonString());
    }

    [Fact]
    public void Serialize_OmitsNullsAndUsesCamelCase()
    {
        var json = JsonSerializer.Serialize(new Activity { Type = "message", ReplyToId = "1" }, ProtocolJsonContext.Default.Activity);

        Assert.Equal("""{"type":"message","replyToId":"1"}""", json);
    }

    [Fact]
    public void CreateReply_AddressesTheSenderFromTheBot()
    {
        var inbound = Read(TestActivities.Message());

        var reply = inbound.CreateReply("收到");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal(TestActivities.BotId, reply.From?.Id);
        Assert.Equal(TestActivities.UserId, reply.Recipient?.Id);
        Assert.Equal(TestActivities.ConversationId, reply.Conversation?.Id);
        Assert.Equal(inbound.Id, reply.ReplyToId);
        Assert.Equal(inbound.ServiceUrl, reply.ServiceUrl);
        Assert.Equal("zh-CN", reply.Locale);
        Assert.Equal("收到", reply.Text);
    }

    [Fact]
    public void GetTenantId_PrefersConversationThenChannelData()
    {
        var activity = TestActivities.Message();
        activity["channelData"]!["tenant"]!["id"] = "from-channel-data";
        Assert.Equal(TestActivities.TenantId, Read(activity).GetTenantId());

        activity["conversation"]!.AsObject().Remove("tenantId");
        Assert.Equal("from-channel-data", Read(activity).GetTenantId());

        activity.Remove("channelData");
        Assert.Null(Read(activity).GetTenantId());
    }

    [Fact]
    public void GetTextWithoutMentions_RemovesOnlyTheBotMention()
    {
        var activity = TestActivities.Message(text: "<at>CivilityBot</at> 请提醒 <at>李娜</at> 第3项");
        activity["entities"] = new JsonArray(
            Mention("<at>CivilityBot</at>", TestActivities.BotId),
            Mention("<at>李娜</at>", "29:lina"),
            new JsonObject { ["type"] = "clientInfo" });

        Assert.Equal("请提醒 <at>李娜</at> 第3项", Read(activity).GetTextWithoutMentions());
    }

    [Fact]
    public void GetTextWithoutMentions_WithoutEntitiesOrText_TrimsWhatThereIs()
    {
        Assert.Equal("你好", Read(TestActivities.Message(text: "  你好 ")).GetTextWithoutMentions());
        Assert.Equal(string.Empty, new Activity().GetTextWithoutMentions());
    }

    [Fact]
    public void InvokeResponseFactories_ProduceTheUniversalActionShapes()
    {
        Assert.Equal(
            """{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"已保存"}""",
            Serialize(AdaptiveCardInvokeResponse.Message("已保存")));
        Assert.Equal(
            """{"statusCode":400,"type":"application/vnd.microsoft.error","value":{"code":"BadRequest","message":"x"}}""",
            Serialize(AdaptiveCardInvokeResponse.Error(400, "BadRequest", "x")));
        using var card = JsonDocument.Parse("""{"type":"AdaptiveCard"}""");
        Assert.Equal(
            """{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard"}}""",
            Serialize(AdaptiveCardInvokeResponse.Card(card.RootElement)));
    }

    private static JsonObject Mention(string text, string id) => new()
    {
        ["type"] = "mention",
        ["text"] = text,
        ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = text },
    };

    private static Activity Read(JsonObject json) =>
        JsonSerializer.Deserialize(json.ToJsonString(), ProtocolJsonContext.Default.Activity)!;

    private static string Serialize(AdaptiveCardInvokeResponse response) => JsonSerializer.Serialize(
        response, new JsonSerializerOptions(ProtocolJsonContext.Default.Options) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    // Timestamps may be re-rendered ("Z" vs "+00:00"); the instant must not change.
    private static JsonNode Normalise(JsonNode node)
    {
        var copy = node.DeepClone();
        copy["timestamp"] = DateTimeOffset.Parse((string)copy["timestamp"]!, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
        return copy;
    }
}
