namespace CivilityBot.Knowledge;

/// <summary>
/// Structural checks on a freshly read campaign. Each problem names the JSON field ("indicators[15].owners[0].person
/// is empty") so a coordinator can fix the file. Soft inconsistencies are <see cref="DataCheck"/>'s job, not errors.
/// </summary>
internal static class CampaignValidator
{
    public static string? FirstProblem(Campaign campaign) => Problems(campaign).FirstOrDefault();

    private static IEnumerable<string> Problems(Campaign campaign)
    {
        var missing = MissingSections(campaign).FirstOrDefault();
        if (missing is not null)
        {
            return [missing];
        }

        var roster = campaign.Roster.Where(person => person?.Name is not null).Select(person => person.Name).ToHashSet();
        var categories = campaign.Categories.Where(category => category is not null).Select(category => category.Number).ToHashSet();
        return DocumentProblems(campaign.Document)
            .Concat(CampaignValidatorSections.Roster(campaign.Roster))
            .Concat(CampaignValidatorSections.Phases(campaign.Phases))
            .Concat(CampaignValidatorSections.Leadership(campaign.LeadingGroup, campaign.Office, roster))
            .Concat(CampaignValidatorSections.WorkingGroups(campaign.WorkingGroups, roster))
            .Concat(CampaignValidatorSections.Categories(campaign.Categories))
            .Concat(CampaignValidatorIndicators.Indicators(campaign.Indicators, categories, roster))
            .Concat(CampaignValidatorIndicators.Bonus(campaign.BonusRule, roster))
            .Concat(CampaignValidatorSections.Aliases(campaign.DepartmentAliases));
    }

    private static IEnumerable<string> MissingSections(Campaign campaign)
    {
        if (campaign.Document is null) yield return "document is missing";
        if (campaign.Phases is null || campaign.Phases.Count == 0) yield return "phases is missing or empty";
        if (campaign.LeadingGroup is null) yield return "leadingGroup is missing";
        if (campaign.Office is null) yield return "office is missing";
        if (campaign.WorkingGroups is null) yield return "workingGroups is missing";
        if (campaign.Categories is null || campaign.Categories.Count == 0) yield return "categories is missing or empty";
        if (campaign.Indicators is null || campaign.Indicators.Count == 0) yield return "indicators is missing or empty";
        if (campaign.Roster is null || campaign.Roster.Count == 0) yield return "roster is missing or empty";
    }

    private static IEnumerable<string> DocumentProblems(CampaignDocument document)
    {
        if (string.IsNullOrWhiteSpace(document.Number)) yield return "document.number is empty";
        if (string.IsNullOrWhiteSpace(document.Title)) yield return "document.title is empty";
        if (string.IsNullOrWhiteSpace(document.Unit)) yield return "document.unit is empty";
        if (document.Date == default) yield return "document.date is missing";
    }
}
