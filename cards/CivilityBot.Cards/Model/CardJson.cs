using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace CivilityBot.Cards.Model;

public static class CardJson
{
    // Chinese text stays readable (and a third of the size) instead of \uXXXX escapes.
    private static readonly JsonSerializerOptions Options = new(CardJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, Options.GetTypeInfo(typeof(AdaptiveCard)));

    public static JsonElement ToElement(AdaptiveCard card) =>
        JsonSerializer.SerializeToElement(card, Options.GetTypeInfo(typeof(AdaptiveCard)));

    /// <summary>Teams measures a bot message in UTF-16 bytes (limit 100 KB, ~80 KB recommended).</summary>
    public static int Utf16Size(AdaptiveCard card) => Encoding.Unicode.GetByteCount(Serialize(card));
}
