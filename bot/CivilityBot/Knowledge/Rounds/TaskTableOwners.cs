namespace CivilityBot.Knowledge.Rounds;

/// <summary>
/// Pairs the people of a 责任人 cell with the departments of its 责任科室 cell. Equal counts pair one to one, one
/// department takes everyone; otherwise people are shared out by position and every such pairing is marked inferred,
/// as the seed notes ask.
/// </summary>
internal static class TaskTableOwners
{
    public const string PositionNote = "导入时按单元格中的位置配对，原表未标明对应关系。";

    public static List<Owner> Pair(IReadOnlyList<string> departments, IReadOnlyList<string> people)
    {
        if (people.Count == 0 || departments.Count == 0) return [];
        if (departments.Count == people.Count) return [.. departments.Zip(people, (department, person) => new Owner(department, person))];
        if (departments.Count == 1) return [.. people.Select(person => new Owner(departments[0], person))];
        var share = (int)Math.Ceiling((double)people.Count / departments.Count);
        return [.. people.Select((person, index) =>
            new Owner(departments[Math.Min(index / share, departments.Count - 1)], person, Inferred: true, Note: PositionNote))];
    }
}
