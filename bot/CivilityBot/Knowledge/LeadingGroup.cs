namespace CivilityBot.Knowledge;

/// <summary>领导小组: 组长, 副组长 and 成员.</summary>
public sealed record LeadingGroup(string Leader, IReadOnlyList<string>? DeputyLeaders, IReadOnlyList<string>? Members)
{
    public IReadOnlyList<string> DeputyLeaders { get; init; } = DeputyLeaders ?? [];

    public IReadOnlyList<string> Members { get; init; } = Members ?? [];
}
