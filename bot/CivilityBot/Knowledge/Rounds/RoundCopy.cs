namespace CivilityBot.Knowledge.Rounds;

/// <summary>Starts the next re-inspection from the current one: same table and people, new phase dates.</summary>
public static class RoundCopy
{
    /// <summary>
    /// The campaign with each phase moved to the given inclusive local dates, in phase order; the printed dates of the
    /// old round are dropped. Throws <see cref="CampaignDataException"/> when the count differs or the dates overlap.
    /// </summary>
    public static Campaign WithDates(Campaign campaign, IReadOnlyList<(DateOnly Start, DateOnly End)> dates)
    {
        if (dates.Count != campaign.Phases.Count)
        {
            throw new CampaignDataException($"新一轮需要{campaign.Phases.Count}个阶段的日期，收到{dates.Count}个。");
        }

        var phases = campaign.Phases.Select((phase, index) => phase with { Start = dates[index].Start, End = dates[index].End, PrintedDates = null }).ToList();
        var copy = new Campaign(campaign.Document, phases, campaign.LeadingGroup, campaign.Office, campaign.WorkingGroups, campaign.Categories,
            campaign.Indicators, campaign.BonusRule, campaign.Roster, campaign.Notes, campaign.DepartmentAliases, campaign.PlanSections);
        var problem = CampaignValidator.FirstProblem(copy);
        return problem is null ? copy : throw new CampaignDataException($"新一轮的日期有误：{problem}");
    }
}
