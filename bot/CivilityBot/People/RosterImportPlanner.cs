using CivilityBot.Knowledge;

namespace CivilityBot.People;

/// <summary>
/// Compares a staff list file with the current imported list and makes the preview. A name the plan knows is spelt as
/// the plan spells it. A person whose row was left out for an error keeps their current entry (a typo in one cell must
/// not drop someone); everyone else not in the file is "removed" from the imported list.
/// </summary>
public static class RosterImportPlanner
{
    /// <summary>The preview of applying <paramref name="file"/> over <paramref name="current"/> (at <paramref name="version"/>).</summary>
    public static RosterImportDraft Plan(
        RosterFile file, IReadOnlyList<RosterEntry> current, int version, Campaign campaign, string fileName, string by, DateTimeOffset at)
    {
        var draft = new RosterImportDraft
        {
            Id = Guid.NewGuid().ToString("N"), FileName = fileName, CreatedBy = by, CreatedAt = at, BaseVersion = version,
            Errors = [.. file.Errors.Select(error => error.Describe())], IsUnusable = file.IsUnusable,
        };
        if (file.IsUnusable)
        {
            return draft;
        }

        var before = current.ToDictionary(entry => entry.Id, StringComparer.Ordinal);
        var named = file.Rows.Select(row => row.Entry with { Id = campaign.FindPerson(row.Entry.Id)?.Name ?? row.Entry.Id })
            .GroupBy(entry => entry.Id).Select(group => group.First()).ToList();
        var kept = file.Errors.Select(error => campaign.FindPerson(error.Name)?.Name ?? error.Name)
            .Where(before.ContainsKey).Where(name => named.All(entry => entry.Id != name)).Select(name => before[name]);
        var after = named.Concat(kept).OrderBy(entry => entry.Id, StringComparer.Ordinal).ToList();
        return draft with
        {
            Entries = after,
            Added = [.. named.Where(entry => !before.ContainsKey(entry.Id)).Select(entry => $"{entry.Id}：{entry.Describe()}")],
            Changed = [.. named.Where(entry => before.TryGetValue(entry.Id, out var old) && old != entry).Select(entry => Change(before[entry.Id], entry))],
            Removed = [.. current.Where(entry => after.All(kept => kept.Id != entry.Id)).Select(entry => $"{entry.Id}：{entry.Describe()}")],
        };
    }

    private static string Change(RosterEntry before, RosterEntry after)
    {
        var parts = new[] { ("科室", before.Department, after.Department), ("邮箱", before.Address, after.Address), ("角色", before.Role, after.Role) }
            .Where(part => part.Item2 != part.Item3)
            .Select(part => $"{part.Item1} {Shown(part.Item2)} → {Shown(part.Item3)}");
        return $"{after.Id}：{string.Join("；", parts)}";
    }

    private static string Shown(string value) => value.Length == 0 ? "（空）" : value;
}
