using Microsoft.IdentityModel.Tokens;

namespace CivilityBot.Protocol.Tests.Fakes;

/// <summary>What a test token says; defaults make a valid Teams channel token.</summary>
public sealed record TokenSpec
{
    /// <summary>Null means the test host's channel token issuer (that of its cloud).</summary>
    public string? Issuer { get; init; }

    public string? Audience { get; init; } = BotTestHost.AppId;

    public string? ServiceUrl { get; init; } = TestActivities.ServiceUrl;

    /// <summary>Offset from the host's "now"; default one minute ago.</summary>
    public TimeSpan NotBeforeOffset { get; init; } = TimeSpan.FromMinutes(-1);

    /// <summary>Offset from the host's "now"; default one hour ahead.</summary>
    public TimeSpan ExpiresOffset { get; init; } = TimeSpan.FromHours(1);

    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;

    public Dictionary<string, object> Claims { get; init; } = [];
}
