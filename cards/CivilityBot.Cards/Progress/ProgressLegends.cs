namespace CivilityBot.Cards.Progress;

/// <summary>The words of the chart parts in one language.</summary>
public sealed record ProgressLegends(string Accepted, string Complete, string TickedOnly, string Late, string Open)
{
    public static ProgressLegends Chinese { get; } = new("已通过", "佐证齐全", "已勾选", "逾期", "未完成");

    public static ProgressLegends English { get; } = new("accepted", "evidence complete", "ticked", "late", "open");
}
