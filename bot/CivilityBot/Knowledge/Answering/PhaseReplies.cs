using CivilityBot.Cards.Answers;
using CivilityBot.Knowledge;
using static CivilityBot.Knowledge.Answering.Wording;

namespace CivilityBot.Knowledge.Answering;

/// <summary>The plan's phases and dates, relative to the bureau's local today.</summary>
internal sealed class PhaseReplies(Campaign campaign)
{
    /// <summary>
    /// The phases and where today stands. A question about one phase (<paramref name="askedNumber"/>) gets that phase
    /// first: its dates, what it involves and how far off it is, then the other phases.
    /// </summary>
    public KnowledgeReply Phases(int askedNumber, DateOnly today, ReplyLanguage language)
    {
        var asked = campaign.Phases.FirstOrDefault(phase => phase.Number == askedNumber);
        var lines = campaign.Phases.Where(phase => phase != asked).Select(phase => new InfoLine(
            $"{phase.Number}. {Name(phase, language)}{Marker(phase, today, language)}",
            $"{Range(phase, language)}" + (phase.Description is null ? string.Empty : " · " + phase.Description))).ToList();
        var facts = asked is null
            ? new List<LabeledValue> { new(Pick(language, "今天", "Today"), Date(today)), new(Pick(language, "现在", "Now"), Status(today, language)) }
            : [new(Pick(language, "时间", "Dates"), Range(asked, language)), new(Pick(language, "今天", "Today"), $"{Date(today)} · {Relative(asked, today, language)}")];
        var heading = asked is null
            ? Pick(language, $"{campaign.Phases.Count}个阶段", $"{campaign.Phases.Count} phases")
            : Pick(language, "其他阶段", "Other phases");
        var model = new InfoCardModel(
            asked is null ? Pick(language, "实施步骤", "Phases and dates") : $"{asked.Number}. {Name(asked, language)}",
            facts,
            [new InfoSection(heading, lines)],
            [Ask(Pick(language, "组长是谁", "who is the leader")), Ask(Pick(language, "工作组", "working groups"))])
        {
            Text = asked?.Description,
        };
        var summary = (asked is null
                ? Status(today, language)
                : $"{Name(asked, language)}{Pick(language, "：", ": ")}{Range(asked, language)}{Pick(language, "，", ", ")}{Relative(asked, today, language)}"
                  + (asked.Description is null ? string.Empty : Pick(language, "。", ". ") + asked.Description.TrimEnd('。')))
            + Pick(language, "。", ". ")
            + Pick(language, asked is null ? string.Empty : "其他阶段：", asked is null ? string.Empty : "Other phases: ")
            + List(language, campaign.Phases.Where(phase => phase != asked).Select(phase => $"{Name(phase, language)} {Range(phase, language)}"));
        return new KnowledgeReply(summary, AnswerCards.Info(model), language);
    }

    private static string Relative(Phase phase, DateOnly today, ReplyLanguage language)
    {
        if (phase.Contains(today))
        {
            return Pick(language, $"正在进行，还有{phase.End.DayNumber - today.DayNumber}天结束", $"under way, {phase.End.DayNumber - today.DayNumber} days left");
        }

        return phase.Start > today
            ? Pick(language, $"还有{phase.Start.DayNumber - today.DayNumber}天开始", $"starts in {phase.Start.DayNumber - today.DayNumber} days")
            : Pick(language, "已结束", "already over");
    }

    private string Status(DateOnly today, ReplyLanguage language)
    {
        if (campaign.CurrentPhase(today) is { } current)
        {
            var left = current.End.DayNumber - today.DayNumber;
            return Pick(language,
                $"正处于{current.Name}，{Date(current.End)}结束（还有{left}天）",
                $"In the {Name(current, language)} phase, ending {Date(current.End)} ({left} days left)");
        }

        return campaign.NextPhase(today) is { } next
            ? Pick(language, $"下一阶段{next.Name}{Date(next.Start)}开始", $"Next phase {Name(next, language)} starts {Date(next.Start)}")
            : Pick(language, $"本次复查各阶段已于{Date(campaign.EndsOn)}结束", $"All phases ended on {Date(campaign.EndsOn)}");
    }

    private static string Marker(Phase phase, DateOnly today, ReplyLanguage language) =>
        phase.Contains(today) ? Pick(language, "（当前）", " (now)") : string.Empty;

    private static string Name(Phase phase, ReplyLanguage language) =>
        language == ReplyLanguage.English && phase.NameEn is { } english ? $"{english} ({phase.Name})" : phase.Name;

    private static string Range(Phase phase, ReplyLanguage language)
    {
        var printed = phase.PrintedDates is null ? string.Empty : Pick(language, $"（原文：{phase.PrintedDates}）", $" (printed: {phase.PrintedDates})");
        return Pick(language, $"{Date(phase.Start)}至{Date(phase.End)}", $"{Date(phase.Start)} to {Date(phase.End)}") + printed;
    }
}
