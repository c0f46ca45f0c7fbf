using System.Text.Json;

namespace CivilityBot.Protocol.Schema;

/// <summary>An attachment; for Adaptive Cards <see cref="Content"/> holds the card JSON.</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }

    public JsonElement? Content { get; set; }

    public string? ContentUrl { get; set; }

    public string? Name { get; set; }

    public string? ThumbnailUrl { get; set; }
}
