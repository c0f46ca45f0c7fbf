using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CivilityBot.People;
using CivilityBot.Protocol.Schema;
using CivilityBot.Turns;

namespace CivilityBot.Conversations;

/// <summary>
/// Turns what Teams sent into the text commands and questions read: the bot's own @mention removed; every other @mention
/// replaced by that person's roster name (through the mentioned account first, the display name second, else the display
/// name as written); leftover <c>&lt;at&gt;</c> and paragraph tags (<c>p</c>, <c>div</c>, <c>span</c>, <c>br</c>) unwrapped and HTML
/// entities decoded (Teams writes the space after a mention as <c>&amp;nbsp;</c>); Unicode format characters (U+200B,
/// U+FEFF, U+2060, bidi marks…) dropped; non-breaking, full-width and other spaces folded into one plain space.
/// </summary>
public sealed partial class MessageNormalizer(IPeopleDirectory people)
{
    /// <summary>Longest text read from one message (characters); Teams caps a message at about 28 KB anyway.</summary>
    public const int MaxTextLength = 4096;

    public string Normalize(Activity activity) => Clean(ReplaceMentions(activity));

    /// <summary>Normalises text that did not come with entities (a suggestion button's question).</summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var character in SafeText.Bounded(Unwrap(text), MaxTextLength)!)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.Format)
            {
                continue;
            }

            if (char.IsWhiteSpace(character) || char.IsControl(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
        }

        return builder.ToString();
    }

    private string ReplaceMentions(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var mention in activity.Mentions())
        {
            var replacement = mention.Id is { Length: > 0 } id && id == activity.Recipient?.Id ? " " : $" {NameOf(mention)} ";
            text = text.Replace(mention.Text, replacement, StringComparison.Ordinal);
        }

        return text;
    }

    private string NameOf(Mention mention)
    {
        var account = new TeamsIdentity(mention.AadObjectId, mention.Id, null);
        var shown = Clean(mention.Name ?? mention.Text);
        return people.NameOf(account) ?? people.RosterName(shown) ?? shown;
    }

    private static string Unwrap(string text)
    {
        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = Tags().Replace(text, " ");
        }

        return text.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(text) : text;
    }

    [GeneratedRegex(@"</?(?:at|p|div|span|br)\b[^<>]{0,200}>", RegexOptions.IgnoreCase)]
    private static partial Regex Tags();
}
