using System.Text;

namespace CivilityBot.Turns;

/// <summary>
/// Makes text from outside safe to store and to send back: lone UTF-16 surrogates (which JSON allows as escapes but no
/// encoder can write) are dropped, and the length is bounded.
/// </summary>
public static class SafeText
{
    /// <summary>The text without lone surrogates, cut to <paramref name="maxLength"/> characters (never inside a pair); null stays null.</summary>
    public static string? Bounded(string? text, int maxLength)
    {
        if (text is null)
        {
            return null;
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        for (var index = 0; index < text.Length && builder.Length < maxLength; index++)
        {
            var character = text[index];
            if (char.IsHighSurrogate(character) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                if (builder.Length + 2 > maxLength)
                {
                    break;
                }

                builder.Append(character).Append(text[++index]);
            }
            else if (!char.IsSurrogate(character))
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }
}
