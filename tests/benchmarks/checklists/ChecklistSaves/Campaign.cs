using System.Text.Json;

namespace ChecklistSaves;

/// <summary>Reads the sub-criteria and their first owner (the sub-criterion's own, else the indicator's) from the bot's campaign file.</summary>
internal static class Campaign
{
    public static List<BenchItem> Items(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var users = new Dictionary<string, BenchUser>(StringComparer.Ordinal);
        var items = new List<BenchItem>();
        foreach (var indicator in document.RootElement.GetProperty("indicators").EnumerateArray())
        {
            foreach (var sub in indicator.GetProperty("subCriteria").EnumerateArray())
            {
                var owners = sub.TryGetProperty("owners", out var own) ? own : indicator.GetProperty("owners");
                var owner = owners[0].GetProperty("person").GetString()!;
                if (!users.TryGetValue(owner, out var user))
                {
                    user = users[owner] = new BenchUser(users.Count + 1, owner);
                }

                items.Add(new BenchItem(sub.GetProperty("id").GetString()!, indicator.GetProperty("number").GetInt32(), user));
            }
        }

        return items;
    }
}
