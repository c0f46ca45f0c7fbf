namespace CivilityBot.Knowledge;

/// <summary>One scored requirement of an indicator. <see cref="Id"/> is stable across restarts ("16.1").</summary>
public sealed record SubCriterion(string Id, string Text, int? Points)
{
    /// <summary>Points after validation (the loader rejects sub-criteria without points).</summary>
    public int Score => Points ?? 0;
}
