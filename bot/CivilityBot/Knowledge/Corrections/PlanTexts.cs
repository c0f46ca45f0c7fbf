namespace CivilityBot.Knowledge.Corrections;

/// <summary>What the plan correction commands say (Chinese: the office's working language).</summary>
public static class PlanTexts
{
    public const string PreviewTitle = "更正预览";

    public const string PreviewSummary = "确认后立即生效：问答、清单、进度和提醒都按新内容。确认前不做任何修改。";

    public const string Confirm = "确认更正";

    public const string Cancel = "取消";

    public const string RevertButton = "撤销这次更正";

    public const string Cancelled = "已取消，计划没有任何修改。";

    public const string Stale = PlanState.StalePreview;

    public const string NotAPreview = "这张卡片的数据不完整，请重新发送更正命令。";

    public const string HistoryTitle = "计划更正记录";

    public const string NoHistory = "还没有任何更正。发送“更正帮助”查看怎样更正。";

    public const string HelpTitle = "怎样更正计划（协调人）";

    public const string HelpSummary = "每次更正先预览，确认后立即生效并记入更正记录，可随时撤销。";

    /// <summary>The commands with an example each, for 更正帮助 and the help card.</summary>
    public static readonly IReadOnlyList<(string Command, string Meaning)> HelpLines =
    [
        ("更换责任人 16.1 宋伟", "更换子项的责任人（写姓名即可，多科室的人写“科室 姓名”）"),
        ("更换责任人 第16项 团委 汪珂吉、办公室 宋伟", "更换整项指标的责任人，多人用顿号分开"),
        ("科室改名 法规科 政策法规科", "修改科室名称，旧名称仍能查到"),
        ("修改阶段日期 第二阶段 2026-08-01至2026-10-31", "修改某一阶段的起止日期"),
        ("确认读法 宋衍 宋伟", "确认推断的读法（只写“确认读法 宋衍”表示按原表）"),
        ("更正记录", "查看所有更正：谁、何时、原内容 → 新内容"),
        ("撤销更正 3", "撤销第3号更正，恢复原内容"),
        ("开始新一轮 2026-03-01 2026-06-30", "复制本轮计划、换成新的阶段日期，开始新一轮（先预览，本轮归档）"),
        ("导入任务分解表", "用办公室的任务分解表（.xlsx）开始新一轮（先出核对报告和预览）"),
        ("查看轮次", "所有轮次；往届只读，可导出台账（如“导出2023年台账”）"),
    ];

    public static string Kind(PlanCorrectionKind kind) => kind switch
    {
        PlanCorrectionKind.IndicatorOwners or PlanCorrectionKind.SubCriterionOwners => "责任人",
        PlanCorrectionKind.DepartmentName => "科室名称",
        PlanCorrectionKind.PhaseDates => "阶段日期",
        _ => "读法",
    };

    public static string Target(PlanCorrection correction) => correction.Kind switch
    {
        PlanCorrectionKind.IndicatorOwners => $"第{correction.Target}项",
        PlanCorrectionKind.SubCriterionOwners => $"子项{correction.Target}",
        PlanCorrectionKind.DepartmentName => correction.Target,
        PlanCorrectionKind.PhaseDates => $"第{correction.Target}阶段",
        _ => correction.Target,
    };

    /// <summary>"第16项 责任人" / "子项16.1 责任人" / "法规科 科室名称".</summary>
    public static string What(PlanCorrection correction) => $"{Target(correction)} {Kind(correction.Kind)}";

    public static string PreviewText(PlanCorrection correction, CorrectionResult result) =>
        $"{What(correction)}：{result.Old} → {result.New}。确认后生效。";

    public static string AppliedTitle(int id) => $"已更正（第{id}号）";

    public static string Applied(PlanChange change) =>
        $"第{change.Id}号更正已生效：{What(change.Correction)} {change.Old} → {change.New}。如需恢复，点“{RevertButton}”或发送“撤销更正 {change.Id}”。";

    public static string RevertedTitle(int id) => $"已撤销第{id}号更正";

    public static string Reverted(PlanChange change) => $"已撤销第{change.Id}号更正：{What(change.Correction)} 恢复为 {change.Old}。";

    public static string NoSuchChange(int id) => $"没有生效中的第{id}号更正（可能已经撤销）。发送“更正记录”查看。";

    public static string Skipped(IEnumerable<PlanChange> skipped) =>
        $"注意：撤销后，第{string.Join("、", skipped.Select(change => change.Id))}号更正已不适用，暂未生效。";

    public static string Refused(string problem) => $"无法更正：{problem}计划没有任何修改。";

    public static string HistorySummary(int active, int reverted) => $"共{active + reverted}次更正，{active}次生效中，{reverted}次已撤销。";
}
