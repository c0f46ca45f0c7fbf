using System.Globalization;
using CivilityBot.Knowledge;

namespace CivilityBot.Checklists;

/// <summary>What the progress cards say, Chinese first.</summary>
public static class ProgressTexts
{
    public static string Title(string? person, ReplyLanguage language) => (person, language) switch
    {
        (null, ReplyLanguage.English) => "Campaign progress",
        (null, _) => "文明创建总进度",
        (_, ReplyLanguage.English) => $"Progress of {person}",
        _ => $"{person} 的进度",
    };

    public static string AsOf(DateOnly today, ReplyLanguage language) => language == ReplyLanguage.English
        ? $"As of {Date(today)} (Beijing time)"
        : $"截至 {Date(today)}";

    public static string Completion(ProgressFigures figures, ReplyLanguage language)
    {
        var percent = figures.Total == 0 ? 0 : figures.Done * 100 / figures.Total;
        return language == ReplyLanguage.English
            ? $"{figures.Done} of {figures.Total} sub-criteria done ({percent}%)"
            : $"已完成 {figures.Done}/{figures.Total} 项（{percent}%）";
    }

    public static string Points(ProgressFigures figures, ReplyLanguage language) => language == ReplyLanguage.English
        ? $"{figures.PointsSecured} points secured, {figures.PointsAtRisk} at risk"
        : $"已落实 {figures.PointsSecured} 分，待落实 {figures.PointsAtRisk} 分";

    public static string Row(ProgressFigures figures, ReplyLanguage language)
    {
        var late = figures.Late == 0 ? string.Empty
            : language == ReplyLanguage.English ? $" · {figures.Late} late" : $" · 逾期 {figures.Late}";
        return language == ReplyLanguage.English
            ? $"{figures.Done}/{figures.Total} done · {figures.PointsSecured}/{figures.PointsSecured + figures.PointsAtRisk} pts{late}"
            : $"{figures.Done}/{figures.Total} 项 · {figures.PointsSecured}/{figures.PointsSecured + figures.PointsAtRisk} 分{late}";
    }

    public static string Phase(PhaseStatus status, ReplyLanguage language)
    {
        var english = language == ReplyLanguage.English;
        if (status.Phase is not { } phase)
        {
            return english ? "No phases in the plan" : "工作方案未列出阶段";
        }

        var name = english ? phase.NameEn ?? phase.Name : phase.Name;
        return (status.CampaignOver, status.NotStarted, english) switch
        {
            (true, _, true) => $"The campaign ended on {Date(phase.End)}",
            (true, _, false) => $"复查工作已于 {Date(phase.End)} 结束",
            (_, true, true) => $"Not started yet: {name} begins on {Date(phase.Start)}",
            (_, true, false) => $"工作尚未开始：{name}于 {Date(phase.Start)} 开始",
            (_, _, true) when status.DaysLeft < 0 => $"{name} ended on {Date(phase.End)}",
            (_, _, false) when status.DaysLeft < 0 => $"{name}已于 {Date(phase.End)} 结束",
            (_, _, true) => $"{name}, due {Date(phase.End)}, {status.DaysLeft} day(s) left",
            _ => $"{name}，截止 {Date(phase.End)}，还剩 {status.DaysLeft} 天",
        };
    }

    public static string LateCount(int late, ReplyLanguage language) => language == ReplyLanguage.English ? $"{late} late" : $"{late} 项逾期";

    public static string OpenItem(ProgressItem item, ReplyLanguage language) => language == ReplyLanguage.English
        ? $"{item.SubCriterion.Id} (item {item.Indicator.Number}) · {string.Join(", ", item.Owners.Select(owner => owner.PersonLabel(language)).Distinct())}"
        : $"{item.SubCriterion.Id}（第{item.Indicator.Number}项）· {string.Join("、", item.Owners.Select(owner => owner.PersonLabel(language)).Distinct())}";

    public static string More(int count, ReplyLanguage language) => language == ReplyLanguage.English ? $"and {count} more" : $"另有 {count} 项";

    public static string Labels(ReplyLanguage language, string chinese, string english) => language == ReplyLanguage.English ? english : chinese;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The last row of a section cut to fit Teams' message size.</summary>
    public static string Trimmed(int more, ReplyLanguage language) => language == ReplyLanguage.English
        ? $"…and {more} more (too many for one message: ask \"my progress\" or open a person's checklist)"
        : $"……另有 {more} 项（一条消息放不下：可发送“我的进度”或“查看 姓名 的清单”查看）";
}
