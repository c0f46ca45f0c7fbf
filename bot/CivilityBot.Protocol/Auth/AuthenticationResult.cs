namespace CivilityBot.Protocol.Auth;

/// <summary>Outcome of checking one inbound request; <see cref="FailureReason"/> is for logs only, never for the caller.</summary>
internal readonly record struct AuthenticationResult(bool Succeeded, string? CallerId, bool ServiceUrlVerified, string? FailureReason)
{
    public static AuthenticationResult Anonymous { get; } = new(true, null, false, null);

    public static AuthenticationResult Channel(string callerId) => new(true, callerId, true, null);

    public static AuthenticationResult Fail(string reason) => new(false, null, false, reason);
}
