using CivilityBot.Cards.Answers;
using CivilityBot.Knowledge;
using static CivilityBot.Knowledge.Answering.Wording;

namespace CivilityBot.Knowledge.Answering;

/// <summary>The plan's phases and dates, relative to the bureau's local today.</summary>
internal sealed class PhaseReplies(Campaign campaign)
{
    public KnowledgeReply Phases(int askedNumber, DateOnly today, ReplyLanguage language)
    {
        var asked = campaign.Phases.FirstOrDefault(phase => phase.Number == askedNumber);
        var lines = campaign.Phases.Select(phase => new InfoLine(
            $"{phase.Number}. {Name(phase, language)}{Marker(phase, today, language)}",
            $"{Range(phase, language)}" + (phase.Description is null ? string.Empty : " · " + phase.Description))).ToList();
        var model = new InfoCardModel(
            Pick(language, "实施步骤", "Phases and dates"),
            [new(Pick(language, "今天", "Today"), Date(today)), new(Pick(language, "现在", "Now"), Status(today, language))],
            [new InfoSection(Pick(language, $"{campaign.Phases.Count}个阶段", $"{campaign.Phases.Count} phases"), lines)],
            [Ask(Pick(language, "组长是谁", "who is the leader")), Ask(Pick(language, "工作组", "working groups"))]);
        var summary = (asked is null ? Status(today, language) : $"{Name(asked, language)}{Pick(language, "：", ": ")}{Range(asked, language)}")
            + Pick(language, "。", ". ")
            + List(language, campaign.Phases.Select(phase => $"{Name(phase, language)} {Range(phase, language)}"));
        return new KnowledgeReply(summary, AnswerCards.Info(model), language);
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
