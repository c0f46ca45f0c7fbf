namespace CivilityBot.Protocol.Schema;

/// <summary>The <c>{"code","message"}</c> error object used by the connector and by invoke error answers.</summary>
public sealed class ErrorBody
{
    public string? Code { get; set; }

    public string? Message { get; set; }
}
