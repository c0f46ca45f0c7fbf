using CivilityBot.Cards.Model;
using CivilityBot.Cards.Reminders;
using CivilityBot.Checklists;
using CivilityBot.Knowledge;
using CivilityBot.Outreach;

namespace CivilityBot.Reminders;

/// <summary>Writes each recipient's own reminder: their unfinished sub-criteria by indicator, and the phase deadline.</summary>
public sealed class ReminderComposer(IPlan plan, IChecklistProgress progress, BureauClock clock)
{
    public ReminderMessageModel Model(string personName, string? note, string sentBy)
    {
        var indicators = progress.OutstandingFor(personName)
            .GroupBy(item => item.IndicatorNumber)
            .OrderBy(group => group.Key)
            .Select(group => new ReminderIndicatorModel(
                group.Key,
                group.First().IndicatorTitle,
                group.Select(item => new ReminderItemModel(item.SubCriterionId, item.Text, item.Points)).ToList()))
            .ToList();
        return new ReminderMessageModel(personName, indicators, Deadline(), note, sentBy);
    }

    /// <summary>A delivery record holding the finished message, ready for the outbox.</summary>
    public OutboxDelivery Delivery(string personName, string? note, string sentBy)
    {
        var model = Model(personName, note, sentBy);
        return new OutboxDelivery
        {
            Id = string.Empty,
            PersonName = personName,
            Summary = ReminderMessageCards.Summary(model),
            CardJson = CardJson.Serialize(ReminderMessageCards.Build(model)),
        };
    }

    /// <summary>The current phase's end, else the next phase's start; null once the campaign is over.</summary>
    public string? Deadline()
    {
        var today = clock.Today;
        if (plan.Current.CurrentPhase(today) is { } phase)
        {
            var left = phase.End.DayNumber - today.DayNumber;
            var remaining = left == 0 ? "就是今天" : $"还有 {left} 天";
            return $"当前阶段“{phase.Name}”{BureauClock.FormatDate(phase.End)}截止，{remaining}。";
        }

        return plan.Current.NextPhase(today) is { } next
            ? $"下一阶段“{next.Name}”{BureauClock.FormatDate(next.Start)}开始。"
            : null;
    }

    /// <summary>Local midnight of the first inspection day (the phase named 验收, else the last phase).</summary>
    public DateTimeOffset? InspectionStartsAt()
    {
        var phase = plan.Current.Phases.FirstOrDefault(p => p.Name.Contains("验收", StringComparison.Ordinal))
            ?? plan.Current.Phases.MaxBy(p => p.Start);
        return phase is null ? null : clock.StartOf(phase.Start);
    }
}
