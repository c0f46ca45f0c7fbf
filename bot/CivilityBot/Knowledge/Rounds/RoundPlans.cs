using System.Text.Json;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>A round's plan to and from JSON, in the campaign file's own format (so a stored plan is also a valid data file).</summary>
public static class RoundPlans
{
    public static string ToJson(Campaign campaign) => JsonSerializer.Serialize(campaign, CampaignJsonContext.Default.Campaign);

    /// <summary>Reads and validates a stored plan; throws <see cref="CampaignDataException"/> when it is not valid.</summary>
    public static Campaign FromJson(string json) => CampaignLoader.Parse(json, "round plan");
}
