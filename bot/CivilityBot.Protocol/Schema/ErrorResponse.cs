namespace CivilityBot.Protocol.Schema;

/// <summary>Connector error envelope: <c>{"error":{"code","message"}}</c>.</summary>
public sealed class ErrorResponse
{
    public ErrorBody? Error { get; set; }
}
