using System.Text.Json.Serialization;

namespace CivilityBot.Cards.Model;

public sealed class Column(List<CardElement> items)
{
    [JsonPropertyName("type")]
    public string Type => "Column";

    public List<CardElement> Items { get; } = items;

    /// <summary>"auto", "stretch" or a weight such as "2".</summary>
    public string? Width { get; init; }

    public string? VerticalContentAlignment { get; init; }
}
