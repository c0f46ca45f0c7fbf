using System.Text;
using System.Text.Json;

namespace ChecklistSaves;

/// <summary>The activities the benchmark posts, written as Teams would send them (auth off, loopback only).</summary>
internal static class Activities
{
    private const string ServiceUrl = "http://127.0.0.1:9/";

    /// <summary>A first message, answered in the HTTP body (expectReplies) so the bot makes no connector calls.</summary>
    public static byte[] Hello(BenchUser user) => Write(user, $"hello-{user.Number}", writer =>
    {
        writer.WriteString("type", "message");
        writer.WriteString("text", "我的进度");
        writer.WriteString("deliveryMode", "expectReplies");
    });

    /// <summary>The Action.Execute invoke of the checklist card's save button, toggling one sub-criterion.</summary>
    public static byte[] Save(BenchItem item, string activityId) => Write(item.Owner, activityId, writer =>
    {
        writer.WriteString("type", "invoke");
        writer.WriteString("name", "adaptiveCard/action");
        writer.WriteString("replyToId", "card-1");
        writer.WriteStartObject("value");
        writer.WriteStartObject("action");
        writer.WriteString("type", "Action.Execute");
        writer.WriteString("verb", "checklist.save");
        writer.WriteStartObject("data");
        writer.WriteString("person", item.Owner.Name);
        writer.WriteString("page", "1");
        writer.WriteString("items", item.Id);
        writer.WriteString($"seen:{item.Id}", item.Seen);
        writer.WriteString($"done:{item.Id}", item.Done ? "false" : "true");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteString("trigger", "manual");
        writer.WriteEndObject();
    });

    private static byte[] Write(BenchUser user, string activityId, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteString("id", activityId);
            writer.WriteString("channelId", "msteams");
            writer.WriteString("serviceUrl", ServiceUrl);
            writer.WriteStartObject("from");
            writer.WriteString("id", user.UserId);
            writer.WriteString("name", user.Name);
            writer.WriteString("aadObjectId", user.AadObjectId);
            writer.WriteEndObject();
            writer.WriteStartObject("recipient");
            writer.WriteString("id", "28:civilitybot");
            writer.WriteEndObject();
            writer.WriteStartObject("conversation");
            writer.WriteString("id", $"a:{user.UserId}");
            writer.WriteString("conversationType", "personal");
            writer.WriteString("tenantId", "bench-tenant");
            writer.WriteEndObject();
            writer.WriteString("locale", "zh-CN");
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    public static readonly byte[] CardAnswer = Encoding.UTF8.GetBytes("\"type\":\"application/vnd.microsoft.card.adaptive\"");
}
