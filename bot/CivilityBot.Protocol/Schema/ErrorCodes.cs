namespace CivilityBot.Protocol.Schema;

/// <summary>Error codes in invoke error answers and in <see cref="ConnectorException.ErrorCode"/>.</summary>
public static class ErrorCodes
{
    public const string BadRequest = "BadRequest";
    public const string NotSupported = "NotSupported";
    public const string UntrustedServiceUrl = "UntrustedServiceUrl";
    public const string NetworkError = "NetworkError";
    public const string TokenUnavailable = "TokenUnavailable";
    public const string MessageWritesBlocked = "MessageWritesBlocked";
}
