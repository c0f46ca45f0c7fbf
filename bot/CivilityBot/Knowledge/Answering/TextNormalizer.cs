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
        // Zero-width characters (pasted from Word or Teams) would split a name that looks whole.
        var visible = string.Concat(text.Where(character => character is not ('\u200b' or '\u200c' or '\u200d' or '\ufeff' or '\u00ad')));
        var words = visible.Normalize(NormalizationForm.FormKC).ToLowerInvariant()
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
