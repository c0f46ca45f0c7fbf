using System.Text.Json;

namespace CivilityBot.Tests.Host;

public sealed record ConnectorCall(HttpMethod Method, string Path, JsonElement? Body)
{
    /// <summary>All visible text of the call's activity (text, summary and card JSON), for assertions.</summary>
    public string Content => Body?.GetRawText() ?? string.Empty;
}
