namespace CivilityBot.Knowledge.Answering;

/// <summary>One searchable passage of the plan: an indicator, a working group's tasks, the office's duties, a phase.</summary>
internal sealed record TopicDocument(TopicKind Kind, int Number, string Text)
{
    /// <summary>
    /// Everything the plan says in prose: the indicators, the working groups' tasks, the office's duties, the guiding
    /// idea and requirements, and the phases, so a topic question ("食堂", "经费", "督查") finds whatever mentions it.
    /// </summary>
    public static IEnumerable<TopicDocument> Of(Campaign campaign)
    {
        foreach (var indicator in campaign.Indicators)
        {
            yield return new(TopicKind.Indicator, indicator.Number,
                indicator.Title + "。" + string.Join("。", indicator.SubCriteria.Select(sub => sub.Text)));
        }

        foreach (var group in campaign.WorkingGroups)
        {
            yield return new(TopicKind.WorkingGroup, group.Number, $"{group.Name}。{group.Tasks}{group.MemberUnitsNote}");
        }

        var office = campaign.Office;
        yield return new(TopicKind.Office, 1, $"领导小组办公室。{office.Duties}。{office.DeputyDirectorDuty}");
        for (var i = 0; i < campaign.PlanSections.Count; i++)
        {
            yield return new(TopicKind.PlanSection, i + 1, $"{campaign.PlanSections[i].Title}。{campaign.PlanSections[i].Text}");
        }

        foreach (var phase in campaign.Phases)
        {
            yield return new(TopicKind.Phase, phase.Number, $"{phase.Name}。{phase.Description}");
        }
    }
}
