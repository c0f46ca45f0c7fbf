using CivilityBot.Knowledge;

namespace CivilityBot.Checklists;

/// <summary>
/// Where the campaign stands on a local day. Open items are due by the end of the current phase (between phases: the
/// phase that ended last) and late after it; once the last phase is over, the campaign is over.
/// </summary>
public sealed record PhaseStatus(Phase? Phase, DateOnly? DueOn, int DaysLeft, bool NotStarted, bool CampaignOver)
{
    public static PhaseStatus Of(Campaign campaign, DateOnly today)
    {
        if (campaign.Phases.Count == 0)
        {
            return new PhaseStatus(null, null, 0, NotStarted: false, CampaignOver: false);
        }

        if (today > campaign.EndsOn)
        {
            var last = campaign.Phases.MaxBy(phase => phase.End)!;
            return new PhaseStatus(last, last.End, last.End.DayNumber - today.DayNumber, NotStarted: false, CampaignOver: true);
        }

        var current = campaign.CurrentPhase(today) ?? campaign.Phases.Where(phase => phase.End < today).MaxBy(phase => phase.End);
        if (current is null)
        {
            var first = campaign.Phases.MinBy(phase => phase.Start)!;
            return new PhaseStatus(first, null, first.Start.DayNumber - today.DayNumber, NotStarted: true, CampaignOver: false);
        }

        return new PhaseStatus(current, current.End, current.End.DayNumber - today.DayNumber, NotStarted: false, CampaignOver: false);
    }

    public bool IsLate(DateOnly today) => DueOn is { } due && today > due;
}
