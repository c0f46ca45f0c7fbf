using System.Text.Json;
using System.Text.Json.Serialization;

namespace CivilityBot.Protocol.Schema;

/// <summary>A user or bot on a channel (Teams user ids start with <c>29:</c>, bot ids with <c>28:</c>).</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
