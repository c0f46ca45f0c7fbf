namespace CivilityBot.Protocol.Tests.Fakes;

/// <summary>One HTTP request a fake handler received, with the (fake) time it arrived.</summary>
public sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    string? Authorization,
    string? ContentType,
    string? Body,
    DateTimeOffset ReceivedAt);
