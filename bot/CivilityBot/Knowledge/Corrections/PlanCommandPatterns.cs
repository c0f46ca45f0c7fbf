using System.Text.RegularExpressions;

namespace CivilityBot.Knowledge.Corrections;

/// <summary>
/// The chat syntax of plan corrections, as an office worker would type it:
/// 更换责任人 16.1 宋伟 / 更换责任人 第16项 团委 汪珂吉 / 第16项责任人改为 宋伟; 科室改名 法规科 政策法规科;
/// 修改阶段日期 第二阶段 2026-08-01至2026-10-31; 确认读法 宋衍 宋伟; 撤销更正 3; 更正记录; 更正帮助.
/// </summary>
public static partial class PlanCommandPatterns
{
    private const string End = @"[\s。.!！]*$";

    private const string Item = @"第?\s*(?<target>\d+(?:\.\d+)?)\s*项?";

    [GeneratedRegex(@"^(?:更换|更改|修改|变更|调整)责任人\s*" + Item + @"\s*(?:为|改为|改成|换成|[:：])?\s*(?<owners>.+?)" + End)]
    public static partial Regex Owners();

    [GeneratedRegex(@"^" + Item + @"\s*的?责任人\s*(?:改为|改成|换成|更换为|变更为)\s*(?<owners>.+?)" + End)]
    public static partial Regex OwnersAfterItem();

    [GeneratedRegex(@"^(?:科室改名|科室更名|修改科室名称|更改科室名称)\s*(?<from>[^\s为]+?)\s*(?:\s|改为|为|→|->)\s*(?<to>\S+?)" + End)]
    public static partial Regex DepartmentName();

    [GeneratedRegex(@"^(?:修改|更改|调整)阶段(?:日期|时间)?\s*(?<phase>\S+?)\s*(?:改为|为|[:：]|\s)\s*(?<dates>\S.*?)" + End)]
    public static partial Regex PhaseDates();

    [GeneratedRegex(@"^确认读法\s*(?<printed>[^\s为是读]{2,4})\s*(?:(?:为|是|读作|读为)?\s*(?<confirmed>[^\s为是读]{2,4}))?" + End)]
    public static partial Regex ConfirmReading();

    [GeneratedRegex(@"^(?:撤销|撤回)(?:更正|修改)\s*(?:第\s*)?#?(?<id>\d+)\s*号?" + End)]
    public static partial Regex Revert();

    [GeneratedRegex(@"^(?:更正记录|修改记录|计划更正记录)" + End)]
    public static partial Regex History();

    [GeneratedRegex(@"^(?:更正帮助|怎么更正|如何更正)" + End)]
    public static partial Regex Help();
}
