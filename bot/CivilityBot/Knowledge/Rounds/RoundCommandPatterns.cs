using System.Text.RegularExpressions;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>
/// The chat syntax of campaign rounds: 开始新一轮 2026-03-01 2026-06-30 (or one 起至 range per phase) / start new round …;
/// 导入任务分解表 / import task table; 查看轮次 / 往届台账 / rounds; 导出2023年台账 / export 2023 ledger.
/// </summary>
public static partial class RoundCommandPatterns
{
    private const string End = @"[\s。.!！]*$";

    [GeneratedRegex(@"^(?:(?<zh>开始新一轮|开始新的一轮|新一轮复查|开启新一轮)|(?<en>start\s+(?:a\s+)?new\s+round))\s*[:：]?\s*(?<dates>.*?)" + End, RegexOptions.IgnoreCase)]
    public static partial Regex Start();

    [GeneratedRegex(@"^(?:(?<zh>导入任务分解表|导入分解表)|(?<en>import\s+(?:the\s+)?task\s+(?:breakdown\s+)?table))" + End, RegexOptions.IgnoreCase)]
    public static partial Regex Import();

    [GeneratedRegex(@"^(?:(?<zh>查看轮次|轮次|往届台账|历届台账|往届)|(?<en>rounds|archived\s+rounds))" + End, RegexOptions.IgnoreCase)]
    public static partial Regex List();

    [GeneratedRegex(@"^(?:(?<zh>导出\s*(?<year>\d{4})\s*年?\s*的?\s*台账)|(?<en>export\s+(?:the\s+)?(?<year>\d{4})\s+ledger))" + End, RegexOptions.IgnoreCase)]
    public static partial Regex YearLedger();

    [GeneratedRegex(@"(\d{4}-\d{1,2}-\d{1,2})(?:\s*(?:至|到|~|～|—|–|to)\s*(\d{4}-\d{1,2}-\d{1,2}))?", RegexOptions.IgnoreCase)]
    public static partial Regex Dates();
}
