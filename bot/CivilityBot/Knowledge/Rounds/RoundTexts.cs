namespace CivilityBot.Knowledge.Rounds;

/// <summary>The Chinese wording of campaign round cards and replies.</summary>
public static class RoundTexts
{
    public const string Confirm = "确认开始新一轮";

    public const string Cancel = "取消";

    public const string Cancelled = "已取消，没有开始新一轮，计划没有任何修改。";

    public const string Stale = "这份预览之后计划已有其他更正或已开始新一轮，预览已失效，请重新发送命令。";

    public const string NotAPreview = "这张卡片的数据不完整或已失效，请重新发送“开始新一轮”或重新上传任务分解表。";

    public const string EvidenceKept = "已上传的佐证文件和审核结果保留在原子项下，不随新一轮清空。";

    public const string ImportTitle = "导入任务分解表";

    public const string ImportHowTo = "请把任务分解表（.xlsx 文件，列为 序号 / 考评内容 / 考评标准 / 考评方式 / 责任科室 / 责任人）发到这个单独聊天里，或点下面的按钮在网页上上传。我会先给出核对报告和预览，确认后才开始新一轮。";

    public const string ImportHowToInGroup = "请点下面的按钮在网页上上传任务分解表（.xlsx 文件）：群聊和频道里发送的文件我收不到。核对报告和预览会发到与我的单独聊天中，确认后才开始新一轮。";

    public const string ListTitle = "复查轮次";

    public const string NoSuchRound = "没有这一轮。发送“查看轮次”查看所有轮次。";

    public static string PreviewTitle(RoundOrigin origin) => origin == RoundOrigin.Import ? "导入任务分解表（预览）" : "开始新一轮（预览）";

    public static string PreviewSummary(string next, string active) =>
        $"确认后开始“{next}”这一轮：“{active}”一轮归档（只读，仍可查看和导出），新一轮的清单进度从零开始。现在还没有任何改变。";

    public static string Source(RoundOrigin origin, string active) =>
        origin == RoundOrigin.Import ? "由任务分解表导入（阶段日期见下）" : $"复制“{active}”的计划（指标、责任人不变），换成新的阶段日期";

    public static string Archive(string label, RoundFigures figures, int corrections) =>
        $"{label}：已完成 {figures.Done}/{figures.Total} 个子项，清单修改记录 {figures.AuditRows} 条，计划更正 {corrections} 次";

    public static string Plan(Campaign campaign) =>
        $"{campaign.Indicators.Count}项指标、{campaign.Indicators.Sum(indicator => indicator.SubCriteria.Count)}个子项，" +
        $"合计{campaign.Indicators.Sum(indicator => indicator.SubCriteria.Sum(sub => sub.Score))}分，责任人{campaign.Indicators.SelectMany(indicator => indicator.Owners).Select(owner => owner.Person).Distinct().Count()}人";

    public static string PhaseLabel(Phase phase) => $"第{phase.Number}阶段 {phase.Name}";

    public static string PhaseDates(Phase phase) => $"{phase.Start:yyyy-MM-dd}至{phase.End:yyyy-MM-dd}";

    public static string StartedTitle(string label) => $"已开始新一轮：{label}";

    public static string Started(string label, string archived) =>
        $"“{archived}”已归档（只读）。从现在起，问答、清单、进度和提醒都按“{label}”的计划，新一轮的清单从零开始。发送“查看轮次”可查看和导出往届台账。";

    public static string LedgerButton(string label) => $"导出{label}台账";

    public static string ListSummary(int count, string active) => $"共{count}轮，当前为“{active}”；往届的计划、清单、修改记录只读保存，可随时导出。";

    public static string RoundLine(CampaignRound round, string dates, RoundFigures figures, int corrections, string? archivedWhen) =>
        $"第{round.Id}轮 {round.Label}（{(archivedWhen is null ? "当前" : $"已归档，{archivedWhen}")}）：{dates}；" + Archive(string.Empty, figures, corrections).TrimStart('：');

    public static string ImportRefused(IEnumerable<string> errors) =>
        "任务分解表未能导入，计划没有任何修改：\n" + string.Join("\n", errors.Select(error => "· " + error));

    public static string ImportReport(int warnings) => warnings == 0
        ? "任务分解表已读取，没有发现问题。请在预览中核对后确认。"
        : $"任务分解表已读取，有{warnings}处需要核对（见预览）。确认前计划没有任何修改。";

    public static string LedgerSummary(string label, int rows, int audit) =>
        $"{label}：共 {rows} 个子项、{audit} 条修改记录，另附该轮的计划更正；下载时生成。";
}
