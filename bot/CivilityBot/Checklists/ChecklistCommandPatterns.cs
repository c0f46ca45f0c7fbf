using System.Text.RegularExpressions;
using CivilityBot.Knowledge;

namespace CivilityBot.Checklists;

/// <summary>The chat syntax of the checklist commands; English keywords select English replies.</summary>
public static partial class ChecklistCommandPatterns
{
    private const string End = @"[\s。.!！?？]*$";

    [GeneratedRegex(@"^(?:(?<zh>我的清单|我的任务清单)|(?<en>my\s+checklist))" + End, RegexOptions.IgnoreCase)]
    public static partial Regex MyChecklist();

    [GeneratedRegex(@"^(?:查看\s*)?(?<name>[^\s的]{2,8}?)\s*的(?:任务)?清单" + End)]
    public static partial Regex ViewChecklist();

    [GeneratedRegex(
        @"^(?:view|open|show)\s+(?:(?:the\s+)?checklist\s+(?:of|for)\s+(?<name>\S+)|(?<name>\S+?)(?:'s)?\s+checklist)" + End,
        RegexOptions.IgnoreCase)]
    public static partial Regex ViewChecklistEnglish();

    [GeneratedRegex(@"^(?:(?<zh>进度|总进度|整体进度)|(?<en>progress))" + End, RegexOptions.IgnoreCase)]
    public static partial Regex Progress();

    [GeneratedRegex(@"^(?:(?<zh>我的进度)|(?<en>my\s+progress))" + End, RegexOptions.IgnoreCase)]
    public static partial Regex MyProgress();

    [GeneratedRegex(@"^(?:(?<zh>导出台账|台账)|(?<en>export\s+(?:the\s+)?ledger|ledger))" + End, RegexOptions.IgnoreCase)]
    public static partial Regex Ledger();

    [GeneratedRegex(@"^(?:(?<zh>发送清单)|(?<en>send\s+checklists?))(?:\s+(?<names>.+?))?" + End, RegexOptions.IgnoreCase)]
    public static partial Regex Send();

    public static ReplyLanguage LanguageOf(Match match) =>
        match.Groups["en"].Success ? ReplyLanguage.English : ReplyLanguage.Chinese;
}
