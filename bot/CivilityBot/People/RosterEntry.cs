namespace CivilityBot.People;

/// <summary>
/// One person of the imported staff list (<see cref="Id"/> = name as the plan spells it when the plan names them, else
/// as the file does): department, the e-mail or UPN the directory sync looks up, and an optional role as written.
/// </summary>
public sealed record RosterEntry
{
    public required string Id { get; init; }

    public string Department { get; init; } = "";

    /// <summary>E-mail or UPN (user@bureau.gov.cn).</summary>
    public string Address { get; init; } = "";

    /// <summary>The 角色 column as written (组长, 联络员 …); shown and kept, grants nothing.</summary>
    public string Role { get; init; } = "";

    /// <summary>"科室 办公室 · 邮箱 a@b.cn · 角色 联络员": how previews and the audit show the entry.</summary>
    public string Describe() =>
        string.Join(" · ", new[] { ("科室", Department), ("邮箱", Address), ("角色", Role) }.Where(part => part.Item2.Length > 0).Select(part => $"{part.Item1} {part.Item2}"));
}
