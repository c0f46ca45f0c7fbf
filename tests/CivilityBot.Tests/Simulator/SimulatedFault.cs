namespace CivilityBot.Tests.Simulator;

/// <summary>An error the simulator answers instead of success, like Teams does.</summary>
public sealed record SimulatedFault(int Status, string Code, string Message, int? RetryAfterSeconds = null)
{
    public static SimulatedFault Blocked { get; } =
        new(403, "ConversationBlockedByUser", """User blocked the conversation with the bot. {"subCode": "MessageWritesBlocked"}""");

    public static SimulatedFault Forbidden { get; } = new(403, "BotNotInConversationRoster", "The bot is not part of the conversation roster.");

    public static SimulatedFault NotFound { get; } = new(404, "ConversationNotFound", "Conversation not found.");

    public static SimulatedFault Unauthorized { get; } = new(401, "Unauthorized", "Authorization has been denied for this request.");

    public static SimulatedFault BadRequest { get; } = new(400, "BadSyntax", "Activity is malformed.");

    public static SimulatedFault TooLarge { get; } = new(413, "MessageSizeTooBig", "Message size is too big.");

    public static SimulatedFault ServerError(int status = 503) => new(status, "ServiceError", "The service is temporarily unavailable.");

    public static SimulatedFault Throttled(int retryAfterSeconds) => new(429, "TooManyRequests", "Too many requests.", retryAfterSeconds);
}
