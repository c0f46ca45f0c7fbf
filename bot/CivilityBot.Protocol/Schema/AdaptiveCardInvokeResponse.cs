using System.Text.Json;

namespace CivilityBot.Protocol.Schema;

/// <summary>
/// The HTTP body answering an <c>adaptiveCard/action</c> invoke: <c>{statusCode,type,value}</c>.
/// <see cref="StatusCode"/> is the real outcome; the HTTP status stays 200 when our code handled the invoke.
/// </summary>
public sealed class AdaptiveCardInvokeResponse
{
    public int StatusCode { get; set; } = 200;

    public string? Type { get; set; }

    public JsonElement? Value { get; set; }

    /// <summary>Replace the invoking user's card with <paramref name="card"/>.</summary>
    public static AdaptiveCardInvokeResponse Card(JsonElement card) => new()
    {
        StatusCode = 200,
        Type = AttachmentContentTypes.AdaptiveCard,
        Value = card,
    };

    /// <summary>Show <paramref name="text"/> to the invoking user, leaving the card as it is.</summary>
    public static AdaptiveCardInvokeResponse Message(string text) => new()
    {
        StatusCode = 200,
        Type = AttachmentContentTypes.ActivityMessage,
        Value = JsonSerializer.SerializeToElement(text, ProtocolJsonContext.Default.String),
    };

    /// <summary>An error outcome with an <c>{"code","message"}</c> value.</summary>
    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) => new()
    {
        StatusCode = statusCode,
        Type = AttachmentContentTypes.Error,
        Value = JsonSerializer.SerializeToElement(
            new ErrorBody { Code = code, Message = message }, ProtocolJsonContext.Default.ErrorBody),
    };
}
