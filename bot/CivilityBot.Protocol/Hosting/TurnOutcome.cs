namespace CivilityBot.Protocol.Hosting;

/// <summary>The HTTP answer to one activity, kept so a repeated delivery gets exactly the same answer.</summary>
internal sealed class TurnOutcome
{
    private TurnOutcome(int statusCode, byte[]? jsonBody)
    {
        StatusCode = statusCode;
        JsonBody = jsonBody;
    }

    public static TurnOutcome Ok { get; } = new(200, null);

    /// <summary>
    /// An invoke the bot has no answer for: 400 with <c>{"code":"NotSupported"}</c>. The SDK answers 501 here; we answer
    /// 4xx so that no input, however odd, gets a 5xx from this service.
    /// </summary>
    public static TurnOutcome NotSupported { get; } = new(400, System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(
        new Schema.ErrorBody { Code = Schema.ErrorCodes.NotSupported, Message = "This bot does not handle this invoke." },
        Schema.ProtocolJsonContext.Wire.ErrorBody));

    public static TurnOutcome Failed { get; } = new(500, null);

    public int StatusCode { get; }

    /// <summary>UTF-8 JSON body, or null for an empty body.</summary>
    public byte[]? JsonBody { get; }

    public static TurnOutcome Json(int statusCode, byte[] body) => new(statusCode, body);

    /// <summary>Rebuilds a remembered answer, reusing the shared instances for bodiless ones.</summary>
    public static TurnOutcome From(int statusCode, byte[]? body) => (statusCode, body) switch
    {
        (200, null) => Ok,
        (500, null) => Failed,
        _ => new(statusCode, body),
    };
}
