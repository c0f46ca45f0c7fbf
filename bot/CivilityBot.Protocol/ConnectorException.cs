namespace CivilityBot.Protocol;

/// <summary>A Bot Connector call failed (after retries, if the failure was transient).</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(
        int statusCode, string? errorCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    /// <summary>HTTP status of the last attempt; 0 when no HTTP answer was received or the call was refused locally.</summary>
    public int StatusCode { get; init; }

    /// <summary><c>error.code</c> from the connector, or one of ours (e.g. <c>UntrustedServiceUrl</c>).</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Teams' sub code, e.g. <c>MessageWritesBlocked</c> when the user blocked or uninstalled the bot.</summary>
    public string? SubCode { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Whether trying again later may succeed (throttling, gateway errors, network failures).</summary>
    public bool IsTransient { get; init; }

    /// <summary>The conversation no longer accepts messages from the bot: stop sending, do not retry.</summary>
    public bool IsMessageWritesBlocked =>
        string.Equals(SubCode, Schema.ErrorCodes.MessageWritesBlocked, StringComparison.OrdinalIgnoreCase);
}
