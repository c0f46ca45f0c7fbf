using System.Text.Json;

namespace ChecklistSaves;

/// <summary>Reads the sub-criteria and their first owner from the bot's campaign file.</summary>
internal static class Campaign
{
    public static List<BenchItem> Items(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var users = new Dictionary<string, BenchUser>(StringComparer.Ordinal);
        var items = new List<BenchItem>();
        foreach (var indicator in document.RootElement.GetProperty("indicators").EnumerateArray())
        {
            var owner = indicator.GetProperty("owners")[0].GetProperty("person").GetString()!;
            if (!users.TryGetValue(owner, out var user))
            {
                user = users[owner] = new BenchUser(users.Count + 1, owner);
            }

            foreach (var sub in indicator.GetProperty("subCriteria").EnumerateArray())
            {
                items.Add(new BenchItem(sub.GetProperty("id").GetString()!, indicator.GetProperty("number").GetInt32(), user));
            }
        }

        return items;
    }
}
