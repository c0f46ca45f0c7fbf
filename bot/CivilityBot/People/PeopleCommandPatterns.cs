using System.Text.RegularExpressions;
using CivilityBot.Knowledge;

namespace CivilityBot.People;

/// <summary>The chat syntax of the people commands; English keywords select English replies.</summary>
public static partial class PeopleCommandPatterns
{
    [GeneratedRegex(@"^(?:(?<zh>人员|人员名单)|(?<en>people|roster))[\s。.!！?？]*$", RegexOptions.IgnoreCase)]
    public static partial Regex Roster();

    [GeneratedRegex(@"^(?:(?<zh>关联)|(?<en>link)\s)\s*(?<name>[^\s<]+)\s+(?<target>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    public static partial Regex Link();

    [GeneratedRegex(@"^(?:(?<zh>取消关联)|(?<en>unlink)\s)\s*(?<name>\S+)\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex Unlink();

    [GeneratedRegex(@"^(?:(?<zh>设为协调员)|(?<en>(?:grant|make)\s+coordinator)\s)\s*(?<name>\S+)\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex Grant();

    [GeneratedRegex(@"^(?:(?<zh>取消协调员)|(?<en>revoke\s+coordinator)\s)\s*(?<name>\S+)\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex Revoke();

    [GeneratedRegex(@"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    public static partial Regex AadObjectId();

    public static Knowledge.ReplyLanguage LanguageOf(Match match) =>
        match.Groups["en"].Success ? Knowledge.ReplyLanguage.English : Knowledge.ReplyLanguage.Chinese;
}
