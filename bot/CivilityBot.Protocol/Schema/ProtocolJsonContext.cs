using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CivilityBot.Protocol.Schema;

/// <summary>The one source-generated JSON context for the wire: camelCase names, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ChannelAccount))]
[JsonSerializable(typeof(ConversationAccount))]
[JsonSerializable(typeof(Attachment))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(PagedMembersResult))]
[JsonSerializable(typeof(List<ChannelAccount>))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext
{
    /// <summary>
    /// For bodies we send: as <see cref="Default"/>, but Chinese text is written as is instead of as <c>\uXXXX</c>
    /// escapes, which would make messages up to six times larger against Teams' size limit.
    /// </summary>
    public static ProtocolJsonContext Wire { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
