namespace CivilityBot.Knowledge.Rounds;

/// <summary>Names a round by the year its first phase starts in ("2026年"), as the office speaks of 2023年的复查.</summary>
public static class RoundLabels
{
    public static string Of(Campaign campaign) =>
        campaign.Phases.Count == 0 ? "本轮" : $"{campaign.Phases.Min(phase => phase.Start).Year}年";

    /// <summary>The label, with "（第N轮）" added when an earlier round already has it.</summary>
    public static string Unique(Campaign campaign, IEnumerable<CampaignRound> earlier, int number)
    {
        var label = Of(campaign);
        return earlier.Any(round => round.Label == label) ? $"{label}（第{number}轮）" : label;
    }
}
