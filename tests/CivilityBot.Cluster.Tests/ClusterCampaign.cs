using System.Text.Json.Nodes;

namespace CivilityBot.Cluster.Tests;

/// <summary>
/// The shipped plan with <c>people</c> more staff on the roster (巡查员001…, department 巡查科), each added as an
/// owner of one indicator in turn (only indicators without per-sub-criterion owners), so each of them has open
/// sub-criteria and is a reminder recipient.
/// </summary>
internal static class ClusterCampaign
{
    public const string Department = "巡查科";

    /// <summary>Writes the plan to a new file under <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder, int people)
    {
        var plan = JsonNode.Parse(File.ReadAllText(ClusterPaths.ShippedCampaign))!.AsObject();
        var roster = plan["roster"]!.AsArray();
        var indicators = plan["indicators"]!.AsArray()
            .Select(node => node!.AsObject())
            .Where(indicator => indicator["subCriteria"]!.AsArray().All(sub => sub!["owners"] is null))
            .ToList();
        for (var number = 1; number <= people; number++)
        {
            var user = ClusterUser.Generated(number);
            roster.Add(new JsonObject
            {
                ["name"] = user.Name,
                ["departments"] = new JsonArray(Department),
                ["roles"] = new JsonArray(),
                ["upn"] = null,
                ["aadObjectId"] = user.AadObjectId,
            });
            indicators[(number - 1) % indicators.Count]["owners"]!.AsArray()
                .Add(new JsonObject { ["department"] = Department, ["person"] = user.Name });
        }

        var path = Path.Combine(folder, "campaign.json");
        File.WriteAllText(path, plan.ToJsonString());
        return path;
    }
}
