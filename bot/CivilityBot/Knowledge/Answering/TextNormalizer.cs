using System.Text;
using CivilityBot.Knowledge;

namespace CivilityBot.Knowledge.Answering;

/// <summary>
/// Puts a question into one comparable form: full-width characters folded (１６ → 16, ？ → ?), lower case,
/// single spaces, no spaces between Chinese characters ("宋 伟" → "宋伟"), no trailing punctuation.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var words = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var builder = new StringBuilder(text.Length);
        foreach (var word in words)
        {
            var joinsChinese = builder.Length > 0 && ReplyLanguages.IsChinese(builder[^1]) && ReplyLanguages.IsChinese(word[0]);
            if (builder.Length > 0 && !joinsChinese) builder.Append(' ');
            builder.Append(word);
        }

        return builder.ToString().TrimEnd('?', '!', '.', '。', ',', '，', '~', ' ');
    }
}
