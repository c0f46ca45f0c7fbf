namespace CivilityBot.Protocol.Schema;

/// <summary>Error codes in invoke error answers and in <see cref="ConnectorException.ErrorCode"/>.</summary>
public static class ErrorCodes
{
    public const string BadRequest = "BadRequest";
    public const string NotSupported = "NotSupported";
    public const string UntrustedServiceUrl = "UntrustedServiceUrl";
    public const string NetworkError = "NetworkError";

    /// <summary>A message left for Teams but no answer came back (timeout, connection cut): it may or may not have arrived.</summary>
    public const string OutcomeUnknown = "OutcomeUnknown";
    public const string TokenUnavailable = "TokenUnavailable";
    public const string MessageWritesBlocked = "MessageWritesBlocked";
}
