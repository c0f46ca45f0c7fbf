using System.Text.RegularExpressions;

namespace CivilityBot.Knowledge.Corrections;

/// <summary>
/// The chat syntax of plan corrections, as an office worker would type it:
/// 更换责任人 16.1 宋伟 / 更换责任人 第16项 团委 汪珂吉 / 第16项责任人改为 宋伟; 科室改名 法规科 政策法规科;
/// 修改阶段日期 第二阶段 2026-08-01至2026-10-31; 确认读法 宋衍 宋伟; 撤销更正 3; 更正记录; 更正帮助. English is understood
/// too: change owner of 16.1 to 宋伟; rename department 法规科 to 政策法规科; change phase 2 to 2026-08-01 to 2026-10-31;
/// confirm reading 宋衍 as 宋伟; undo correction 3; corrections; correction help.
/// </summary>
public static partial class PlanCommandPatterns
{
    private const string End = @"[\s。.!！]*$";

    private const string Item = @"第?\s*(?<target>\d+(?:\.\d+)?)\s*项?";

    private const string EnglishItem = @"(?:item\s*|sub-?criterion\s*|#)?(?<target>\d+(?:\.\d+)?)";

    [GeneratedRegex(@"^(?:(?:更换|更改|修改|变更|调整)责任人\s*" + Item + @"\s*(?:为|改为|改成|换成|[:：])?|(?:change|set)\s+(?:the\s+)?owners?\s+(?:of|for)\s+" + EnglishItem + @"\s+to)\s*(?<owners>.+?)" + End, RegexOptions.IgnoreCase)]
    public static partial Regex Owners();

    [GeneratedRegex(@"^" + Item + @"\s*的?责任人\s*(?:改为|改成|换成|更换为|变更为)\s*(?<owners>.+?)" + End)]
    public static partial Regex OwnersAfterItem();

    [GeneratedRegex(@"^(?:(?:科室改名|科室更名|修改科室名称|更改科室名称)\s*(?<from>[^\s为]+?)\s*(?:\s|改为|为|→|->)|rename\s+(?:the\s+)?(?:department\s+)?(?<from>\S+?)\s+(?:to|as)\s)\s*(?<to>\S+?)" + End, RegexOptions.IgnoreCase)]
    public static partial Regex DepartmentName();

    [GeneratedRegex(@"^(?:(?:修改|更改|调整)阶段(?:日期|时间)?\s*(?<phase>\S+?)\s*(?:改为|为|[:：]|\s)|(?:change|set)\s+(?:the\s+)?(?:dates\s+of\s+)?phase\s+(?<phase>\d+)(?:\s+dates)?\s+to\s)\s*(?<dates>\S.*?)" + End, RegexOptions.IgnoreCase)]
    public static partial Regex PhaseDates();

    [GeneratedRegex(@"^(?:确认读法\s*(?<printed>[^\s为是读]{2,4})\s*(?:(?:为|是|读作|读为)?\s*(?<confirmed>[^\s为是读]{2,4}))?|confirm\s+(?:the\s+)?reading\s+(?:of\s+)?(?<printed>\S{2,4})(?:\s+(?:as\s+)?(?<confirmed>\S{2,4}))?)" + End, RegexOptions.IgnoreCase)]
    public static partial Regex ConfirmReading();

    [GeneratedRegex(@"^(?:(?:撤销|撤回)(?:更正|修改)|(?:undo|revert)\s+(?:the\s+)?correction)\s*(?:第\s*)?#?(?<id>\d+)\s*号?" + End, RegexOptions.IgnoreCase)]
    public static partial Regex Revert();

    [GeneratedRegex(@"^(?:更正记录|修改记录|计划更正记录|corrections|correction\s+history)" + End, RegexOptions.IgnoreCase)]
    public static partial Regex History();

    [GeneratedRegex(@"^(?:更正帮助|怎么更正|如何更正|correction\s+help|how\s+to\s+correct(?:\s+the\s+plan)?)" + End, RegexOptions.IgnoreCase)]
    public static partial Regex Help();
}
